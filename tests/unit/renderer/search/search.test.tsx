// @vitest-environment happy-dom
// Search in the renderer: marks built as <mark> elements around text (never HTML), the latest
// answer winning while the analyst types, and the citation picker listing the search's verified
// facts best first, with every word when some fact has them all.
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { reactRoot } from '../reactRoot';
import { markedPieces } from '../../../../src/core/search/marks';
import type { AttacheApi, Fact, FactView, SearchArgs, SearchResult } from '../../../../src/shared/api';
import { CitationPicker } from '../../../../src/renderer/src/brief/CitationPicker';
import { MarkedText } from '../../../../src/renderer/src/search/MarkedText';
import { shownHits, useFactSearch, type FactSearch } from '../../../../src/renderer/src/search/useFactSearch';

const dom = reactRoot();
beforeEach(() => {
  // happy-dom has no modal dialogs.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
});

/** window.attache with a search that answers from `answer`, each answer released by the test. */
function fakeApi(answer: (arg: SearchArgs) => SearchResult, rows: FactView[] = []) {
  const calls: Array<{ arg: SearchArgs; release: () => void }> = [];
  const listeners: Array<(p: { what: string }) => void> = [];
  window.attache = {
    search: (arg: SearchArgs) =>
      new Promise((resolve) => {
        calls.push({ arg, release: () => resolve({ ok: true, value: answer(arg) }) });
      }),
    // The picker's verified facts: one window of rows.
    factsPage: () => Promise.resolve({ ok: true, value: { rows, total: rows.length } }),
    on: (_event: string, listener: (p: { what: string }) => void) => {
      listeners.push(listener);
      return () => undefined;
    },
  } as unknown as AttacheApi;
  return { calls, emit: (what: string) => listeners.forEach((l) => l({ what })) };
}

function hit(factId: string, snippet: string, words: string[], matched = words.length): SearchResult['hits'][number] {
  const highlights = words.map((w) => ({ start: snippet.indexOf(w), end: snippet.indexOf(w) + w.length }));
  return { kind: 'fact', id: factId, sourceId: 'src', factId, start: 0, end: snippet.length, score: 1, matched, snippet, highlights };
}

describe('marked text', () => {
  it('marks the words as <mark> elements and shows markup in a source as text', () => {
    const text = 'Tô Lâm met <img src=x onerror="alert(1)"> envoys';
    act(() => dom.root.render(<MarkedText text={text} ranges={[{ start: 0, end: 2 }, { start: 3, end: 6 }, { start: 12, end: 15 }]} />));
    expect([...dom.host.querySelectorAll('mark.search-hit')].map((m) => m.textContent)).toEqual(['Tô Lâm', 'img']);
    expect(dom.host.querySelector('img')).toBeNull();
    expect(dom.host.textContent).toBe(text);
  });

  it('joins words with spaces between, and clips ranges past the text', () => {
    expect(markedPieces('Hà Nội today', [{ start: 3, end: 6 }, { start: 0, end: 2 }, { start: 10, end: 40 }])).toEqual([
      { text: 'Hà Nội', marked: true },
      { text: ' tod', marked: false },
      { text: 'ay', marked: true },
    ]);
    expect(markedPieces('abc', [{ start: 5, end: 9 }])).toEqual([{ text: 'abc', marked: false }]);
  });
});

describe('useFactSearch', () => {
  function Probe(props: { query: string; seen: FactSearch[] }) {
    props.seen.push(useFactSearch(props.query, { status: 'verified' }));
    return null;
  }

  it('asks for verified facts, keeps the latest answer, and asks again when decisions change', async () => {
    const api = fakeApi((arg) => ({ words: 1, total: 1, complete: 1, hits: [hit(`for-${arg.query}`, arg.query, [arg.query])] }));
    const seen: FactSearch[] = [];
    act(() => dom.root.render(<Probe query="" seen={seen} />));
    expect(seen.at(-1)?.ranked).toBeNull();
    expect(api.calls).toHaveLength(0);
    act(() => dom.root.render(<Probe query="lam" seen={seen} />));
    act(() => dom.root.render(<Probe query="lamb" seen={seen} />));
    expect(api.calls.map((c) => [c.arg.query, c.arg.status, c.arg.scope])).toEqual([
      ['lam', 'verified', 'facts'],
      ['lamb', 'verified', 'facts'],
    ]);
    // The answer to the later query comes first; the earlier one, arriving late, is dropped.
    await act(async () => api.calls[1]!.release());
    await act(async () => api.calls[0]!.release());
    expect(seen.at(-1)?.ranked?.map((r) => r.factId)).toEqual(['for-lamb']);
    expect(seen.at(-1)?.pending).toBe(false);
    act(() => api.emit('decisions'));
    expect(api.calls).toHaveLength(3);
  });

  it('shows the facts with every word when there are some, else the closest', () => {
    const base: FactSearch = { ranked: [], words: 2, total: 2, complete: 1, pending: false, error: null };
    const ranked = [
      { factId: 'a', matched: 2, highlights: [] },
      { factId: 'b', matched: 1, highlights: [] },
    ];
    expect(shownHits({ ...base, ranked })?.map((r) => r.factId)).toEqual(['a']);
    expect(shownHits({ ...base, ranked, complete: 0 })?.map((r) => r.factId)).toEqual(['a', 'b']);
    expect(shownHits({ ...base, ranked: null })).toBeNull();
  });
});

describe('citation picker', () => {
  const fact = (id: string, text: string): Fact => ({ id, sourceId: 'src', text, start: 0, end: text.length, kind: 'claim', values: [], entities: [], subject: '' });
  const view = (f: Fact): FactView => ({
    fact: f,
    sourceFileName: 'hanoi.txt',
    sourceTitle: 'Visit to Hanoi',
    decision: null,
    status: 'verified',
    suggestedCredibility: 2,
    groupIds: [],
    inConflict: false,
    corroborated: false,
    supportCount: 1,
  });
  const lam = fact('f_lam', 'General Secretary Tô Lâm received the delegation.');
  const trade = fact('f_trade', 'Two-way trade reached $1.8 billion.');
  const envoy = fact('f_envoy', 'The envoy met Lâm again.');

  it('lists the search’s hits best first with their words marked, and picks with Enter', async () => {
    const api = fakeApi(
      () => ({
        words: 2,
        total: 2,
        complete: 1,
        hits: [hit('f_lam', lam.text, ['Tô', 'Lâm']), hit('f_envoy', envoy.text, ['Lâm'], 1)],
      }),
      [view(lam), view(trade), view(envoy)],
    );
    const onPick = vi.fn();
    await act(async () => dom.root.render(<CitationPicker onPick={onPick} onClose={() => undefined} />));
    expect(dom.host.querySelectorAll('[role="option"]')).toHaveLength(3);
    const input = dom.host.querySelector('input')!;
    act(() => {
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setValue.call(input, 'to lam');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => api.calls.at(-1)!.release());
    const options = [...dom.host.querySelectorAll('[role="option"]')];
    // Only the fact with both words: another fact has all of them.
    expect(options).toHaveLength(1);
    expect([...options[0]!.querySelectorAll('mark.search-hit')].map((m) => m.textContent)).toEqual(['Tô Lâm']);
    act(() => input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    expect(onPick).toHaveBeenCalledWith('f_lam');
  });
});
