// An error Attaché has no words for is still said in a person's words on the command line: one
// line, no stack trace (unless ATTACHE_DEBUG=1 asks for it), control characters escaped.
import { describe, expect, it } from 'vitest';
import { internalError } from '../../../src/cli/main';

describe('an unknown error on the command line', () => {
  const err = new TypeError('Cannot read properties of undefined (reading \u001b[31mx\u001b[0m)\nsecond line');

  it('is one line naming the error, saying what to do, with no stack trace', () => {
    const text = internalError(err, false);
    expect(text.split('\n')).toHaveLength(1);
    expect(text).toMatch(/^INTERNAL: Attaché met an error it has no words for \(Cannot read properties of undefined/);
    expect(text).toContain('ATTACHE_DEBUG=1');
    expect(text).not.toMatch(/\bat .+:\d+:\d+/);
    // An escape sequence in the message cannot colour or move the terminal.
    expect(text).not.toContain('\u001b');
  });

  it('adds the stack only when asked to', () => {
    expect(internalError(err, true)).toMatch(/\nTypeError: [\s\S]*\n\s+at /);
    expect(internalError('a string thrown', false)).toContain('(a string thrown)');
  });
});
