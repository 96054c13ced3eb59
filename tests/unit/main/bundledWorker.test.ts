import { afterEach, describe, expect, it } from 'vitest';
import { useBundledWorker } from '../../../src/main/bundledWorker';
import { resolveWorkerStart, setWorkerEntry } from '../../../src/node/workers/workerEntry';

afterEach(() => setWorkerEntry(null));

describe('bundled import worker', () => {
  it('points the worker pool at importWorker.js beside the main bundle, started as a plain file', () => {
    const file = useBundledWorker('/opt/Attaché/resources/app.asar/out/main');
    expect(file).toBe('/opt/Attaché/resources/app.asar/out/main/importWorker.js');
    expect(resolveWorkerStart()).toEqual({ script: file, eval: false, file });
  });
});
