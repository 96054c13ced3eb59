// Text from source files and from the command line, made safe to print on a terminal: a control
// character in an article (an escape sequence, a carriage return) could otherwise recolour, move
// or hide what the analyst reads. Each one is shown by its code instead.
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** The text with every control and bidirectional-override character shown as `\u{…}`. */
export function printable(text: string): string {
  return text.replace(CONTROL, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}
