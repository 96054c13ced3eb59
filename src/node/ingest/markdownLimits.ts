// What makes micromark slow or hungry, measured on its own input before it runs: it is
// super-linear in nesting (2,000 nested lists took 70 s, 50,000 nested block quotes over a minute,
// 50,000 open brackets over a minute) and a table of 600,000 cells took 2.4 GB. One linear pass
// over the text finds each of these; a file past a limit is read as plain text instead, with a
// note that says which limit and why (its words are all still there, only the Markdown marks stay).

/** Deepest block-quote nesting read as Markdown (">>>… text"). */
export const MAX_QUOTE_DEPTH = 100;
/** Widest indentation read as Markdown, in columns (a tab counts 4): how deep lists nest. */
export const MAX_INDENT_COLUMNS = 200;
/** Deepest nesting of unclosed "[" in one paragraph. */
export const MAX_BRACKET_DEPTH = 1_000;
/** Most table cells ("|" marks) in one file. */
export const MAX_TABLE_CELLS = 30_000;
/**
 * Sums over the file, as the cost grows with the nesting of every line, not only the deepest
 * (measured under load: 2,000 lines quoted 100 deep took 5 s; 20 lists nested 100 deep 5.5 s).
 */
export const MAX_QUOTE_SUM = 50_000;
export const MAX_INDENT_SUM = 500_000;
/** Brackets cost the square of their depth: each "[" adds the number open before it. */
export const MAX_BRACKET_WORK = 25_000_000;

/** The first limit the Markdown goes past, in words for the analyst; null when within them all. */
export function markdownOverLimit(source: string): string | null {
  let quote = 0;
  let indent = 0;
  let brackets = 0;
  let depth = 0;
  let cells = 0;
  let quoteSum = 0;
  let indentSum = 0;
  let bracketWork = 0;
  let blankLine = true;
  let column = 0;
  let quotesHere = 0;
  let inPrefix = true;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) {
      quoteSum += quotesHere;
      indentSum += column;
      if (blankLine) depth = 0; // a blank line ends the paragraph, and its open brackets with it
      blankLine = true;
      column = 0;
      quotesHere = 0;
      inPrefix = true;
      continue;
    }
    if (inPrefix) {
      if (c === 32) column++;
      else if (c === 9) column += 4;
      else if (c === 62) quotesHere++; // ">"
      else inPrefix = false;
      if (column > indent) indent = column;
      if (quotesHere > quote) quote = quotesHere;
    }
    if (c !== 32 && c !== 9 && c !== 13) blankLine = false;
    if (c === 91) {
      bracketWork += depth;
      depth++;
      if (depth > brackets) brackets = depth;
    } else if (c === 93 && depth > 0) depth--;
    else if (c === 124) cells++; // "|"
  }
  const n = (x: number) => x.toLocaleString('en-GB');
  if (quote > MAX_QUOTE_DEPTH) return `its block quotes nest ${n(quote)} levels deep; Attaché reads Markdown up to ${MAX_QUOTE_DEPTH} levels`;
  if (indent > MAX_INDENT_COLUMNS) return `its lines are indented up to ${n(indent)} columns (lists nested that deep); Attaché reads Markdown indented up to ${MAX_INDENT_COLUMNS}`;
  if (brackets > MAX_BRACKET_DEPTH) return `it opens ${n(brackets)} brackets inside one another; Attaché reads Markdown up to ${n(MAX_BRACKET_DEPTH)}`;
  if (quoteSum > MAX_QUOTE_SUM) return `${n(quoteSum)} levels of block quote in all; Attaché reads Markdown up to ${n(MAX_QUOTE_SUM)}`;
  if (indentSum > MAX_INDENT_SUM) return `its lines are indented ${n(indentSum)} columns in all (lists nested deep, many times); Attaché reads Markdown up to ${n(MAX_INDENT_SUM)}`;
  if (bracketWork > MAX_BRACKET_WORK) return `it opens brackets inside one another ${n(bracketWork)} times over; Attaché reads Markdown up to ${n(MAX_BRACKET_WORK)}`;
  if (cells > MAX_TABLE_CELLS) return `its tables hold ${n(cells)} cells; Attaché reads Markdown tables up to ${n(MAX_TABLE_CELLS)} cells`;
  return null;
}
