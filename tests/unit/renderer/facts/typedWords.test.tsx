// @vitest-environment happy-dom
// The find box's words reach the list at once when it is idle, and, while a list is on its way,
// once when it arrives, as they stand then: no fixed delay, no request per key of a burst.
import { act, useRef } from 'react';
import { expect, it } from 'vitest';
import { reactRoot } from '../reactRoot';
import { useTypedWords } from '../../../../src/renderer/src/facts/useTypedWords';

const dom = reactRoot();

const passed: string[] = [];
let loadingRef: { current: Promise<unknown> | null } = { current: null };

function Box({ text }: { text: string }) {
  const loading = useRef<Promise<unknown> | null>(null);
  loadingRef = loading;
  const [words] = useTypedWords(text, loading);
  if (passed.at(-1) !== words) passed.push(words);
  return <span>{words}</span>;
}

it('passes a key on at once when no list is on its way', () => {
  passed.length = 0;
  act(() => dom.root.render(<Box text="" />));
  act(() => dom.root.render(<Box text="tr" />));
  expect(dom.host.textContent).toBe('tr');
});

it('holds the keys typed while a list loads and passes only the last, when it has arrived', async () => {
  passed.length = 0;
  act(() => dom.root.render(<Box text="" />));
  let arrive!: () => void;
  loadingRef.current = new Promise<void>((resolve) => (arrive = resolve));
  act(() => dom.root.render(<Box text="tr" />));
  act(() => dom.root.render(<Box text="tra" />));
  act(() => dom.root.render(<Box text="trad" />));
  expect(dom.host.textContent).toBe('');
  loadingRef.current = null;
  await act(async () => arrive());
  expect(dom.host.textContent).toBe('trad');
  expect(passed).toEqual(['', 'trad']);
});

it('passes the words on even when the list it waited for failed', async () => {
  passed.length = 0;
  act(() => dom.root.render(<Box text="" />));
  let fail!: () => void;
  loadingRef.current = new Promise<void>((_, reject) => (fail = () => reject(new Error('gone'))));
  act(() => dom.root.render(<Box text="port" />));
  loadingRef.current = null;
  await act(async () => fail());
  expect(dom.host.textContent).toBe('port');
});
