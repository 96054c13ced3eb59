// Turns a parsed (never rendered) HTML tree into lines of text: one line per paragraph, heading,
// list item, caption or table row (cells joined by " | "). Scripts, styles and form controls never
// become text. Used for HTML pages and for the HTML mammoth makes of a DOCX.

const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'button', 'select', 'img', 'picture', 'video', 'audio', 'option', 'input', 'textarea', 'head', 'meta', 'link', 'title',
]);

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'thead', 'tfoot', 'caption', 'ul', 'center',
]);

interface Sink {
  lines: string[];
  current: string;
}

// Tables inside table cells are read cell by cell down to this depth; deeper ones line by line
// (a hostile page may nest thousands, and each level reads its cells on its own).
const MAX_TABLE_DEPTH = 32;

export function domToLines(root: Node, tableDepth = 0): string[] {
  const sink: Sink = { lines: [], current: '' };
  walk(root, sink, tableDepth);
  flush(sink);
  return sink.lines;
}

function flush(sink: Sink): void {
  const line = sink.current.replace(/[ \t\u00a0]+/g, ' ').trim();
  if (line) sink.lines.push(line);
  sink.current = '';
}

/** A node to read, or the end of a block element (its line ends there). */
type Step = { node: Node; pre: boolean } | { end: true };

/**
 * Walks the tree with a stack of its own, not by recursion: a page nesting 20,000 elements
 * would overflow the call stack. Children are pushed in reverse so they are read in order.
 */
function walk(root: Node, sink: Sink, tableDepth: number): void {
  const stack: Step[] = [{ node: root, pre: false }];
  while (stack.length) {
    const step = stack.pop()!;
    if ('end' in step) {
      flush(sink);
      continue;
    }
    const { node, pre } = step;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (pre) {
        const parts = value.split('\n');
        parts.forEach((part, i) => {
          if (i > 0) flush(sink);
          sink.current += part;
        });
      } else {
        sink.current += value.replace(/\s+/g, ' ');
      }
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const el = node as Element;
    const tag = el.localName?.toLowerCase() ?? '';
    if (SKIP.has(tag) || (el.getAttribute && (el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true'))) continue;
    if (tag === 'br') {
      flush(sink);
      continue;
    }
    if (tag === 'tr' && tableDepth < MAX_TABLE_DEPTH) {
      flush(sink);
      const cells: string[] = [];
      for (const cell of Array.from(el.children)) {
        const name = cell.localName.toLowerCase();
        if (name !== 'td' && name !== 'th') continue;
        cells.push(domToLines(cell, tableDepth + 1).join(' '));
      }
      sink.current = cells.filter((c) => c.length > 0).join(' | ');
      flush(sink);
      continue;
    }
    const block = BLOCK.has(tag) || tag === 'tr';
    if (block) {
      flush(sink);
      stack.push({ end: true });
    }
    const inPre = pre || tag === 'pre';
    // Siblings by their links: linkedom builds childNodes by walking the whole subtree, which
    // at every level of a deep tree made the walk grow with the square of its depth.
    const from = stack.length;
    for (let child = node.firstChild; child; child = child.nextSibling) stack.push({ node: child, pre: inPre });
    reverseFrom(stack, from);
  }
}

/** Reverses the stack's entries from `from` on, in place, so the first child is read first. */
function reverseFrom<T>(stack: T[], from: number): void {
  for (let i = from, j = stack.length - 1; i < j; i++, j--) [stack[i], stack[j]] = [stack[j]!, stack[i]!];
}
