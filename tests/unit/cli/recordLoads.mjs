// `node --import ./recordLoads.mjs …`: appends the URL of every module the process loads, in the
// main thread and in each worker thread (workers inherit --import), to the file named by
// ATTACHE_RECORD_LOADS, one per line. The hooks run on Node's loader thread, hence the file.
import { register } from 'node:module';

const hooks = `
import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  appendFileSync(process.env.ATTACHE_RECORD_LOADS, url + '\\n');
  return next(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
