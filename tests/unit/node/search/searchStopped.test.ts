// The search worker gone (a crash, its heap cap reached): the questions waiting on it fail with a
// code and words a person can act on, never INTERNAL, and the next question starts it afresh.
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectSearch } from '../../../../src/node/search/projectSearch';
import type { ProjectHandle } from '../../../../src/node/store';
import type { WorkerStart } from '../../../../src/node/workers/workerEntry';

/** A project with nothing in it: enough for a search to start its worker. */
const handle = { path: '/nowhere/empty.attache', data: { sources: [], facts: [] }, flush: () => Promise.resolve() } as unknown as ProjectHandle;
const searches: ProjectSearch[] = [];
afterEach(async () => {
  await Promise.all(searches.splice(0).map((s) => s.close()));
});

function search(script: string, maxHeapMb?: number): { finder: ProjectSearch; starts: () => number } {
  let starts = 0;
  const start = (): WorkerStart => (starts++, { script, eval: true, file: 'search-test-worker' });
  const finder = new ProjectSearch(handle, { start, ...(maxHeapMb ? { maxHeapMb } : {}) });
  searches.push(finder);
  return { finder, starts: () => starts };
}

describe('the search worker stopping', () => {
  it('a crash: SEARCH_FAILED, saying to search again; the next search starts a new worker', async () => {
    const { finder, starts } = search('process.exit(3)');
    const err = await finder.stats().catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'SEARCH_FAILED', detail: { reason: 'crash' } });
    expect((err as Error).message).toBe('Search stopped unexpectedly (exit code 3). Search again to start it afresh; if it stops again, close the project and open it again.');
    await expect(finder.stats()).rejects.toMatchObject({ code: 'SEARCH_FAILED' });
    expect(starts()).toBe(2);
  });

  it('its heap cap reached: OUT_OF_MEMORY, naming the cap', async () => {
    const { finder } = search('const kept = []; for (;;) kept.push(new Array(131072).fill(0.5));', 32);
    const err = await finder.stats().catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'OUT_OF_MEMORY', detail: { reason: 'memory', heapMb: 32 } });
    expect((err as Error).message).toMatch(/^Search needed more memory than Attaché allows its index \(32 MB\) and stopped\. Searching again starts it afresh;/);
  });
});
