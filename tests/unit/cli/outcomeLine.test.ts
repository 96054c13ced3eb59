// A file's result line on the command line shows control characters in its name and message by
// their codes: a name holding a newline, a carriage return or an escape sequence could otherwise
// forge another file's line ("added      forged.txt") or recolour the report.
import { describe, expect, it } from 'vitest';
import { describeOutcome } from '../../../src/cli/commands/project';

describe('a result line', () => {
  it('shows a newline, a carriage return, an escape and an override in a name as codes', () => {
    const line = describeOutcome({ status: 'added', file: '/in/a\nadded      forged\r\u001b[31m\u202e.txt', sourceId: 'src_1', notes: [] });
    expect(line).toBe('added      a\\u{a}added      forged\\u{d}\\u{1b}[31m\\u{202e}.txt');
    for (const c of ['\n', '\r', '\u001b', '\u202e']) expect(line).not.toContain(c);
  });

  it('escapes the error message too, which names the file again', () => {
    const line = describeOutcome({ status: 'failed', file: 'x\n.txt', error: { code: 'FILE_EMPTY', message: 'x\n.txt: the file is empty.', file: 'x\n.txt' } });
    expect(line).toBe('failed     x\\u{a}.txt: FILE_EMPTY: x\\u{a}.txt: the file is empty.');
  });
});
