import { readFileSync } from 'node:fs';
import { readSource } from '../src/node/ingest/readSource';
const sample = readFileSync('resources/samples/001_4e6e06b261fcc8c0.txt', 'utf8');
const r = await readSource({ fileName: 'x.md', bytes: new TextEncoder().encode(sample) });
console.log(JSON.stringify(r.originalText.slice(0, 600)), r.originalText.length, r.originalText.split('\n').length);
console.log(r.cleaned.removed.map((x) => [x.line, x.reason, x.text.slice(0, 100)]));
