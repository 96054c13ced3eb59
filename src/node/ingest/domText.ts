// Turns a parsed (never rendered) HTML tree into lines of text: one line per paragraph, heading,
// list item, caption or table row (cells joined by " | "). Scripts, styles and form controls never
// become text. Used for HTML pages and for the HTML mammoth makes of a DOCX.
// NOTE: the walk keeps its own stack instead of recursing: a page nesting 20,000 elements deep
// overflowed the call stack when it recursed.

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

/** Work left on the stack: visit a node, or finish an element once its children are done. */
type Step =
  | { kind: 'visit'; node: Node; pre: boolean }
  | { kind: 'endBlock' }
  | { kind: 'startCell' }
  | { kind: 'endCell'; cells: string[] }
  | { kind: 'endRow'; cells: string[] };

export function domToLines(root: Node): string[] {
  // A table cell's text goes to a sink of its own, joined into its row when the row ends.
  const sinks: Sink[] = [{ lines: [], current: '' }];
  const stack: Step[] = [{ kind: 'visit', node: root, pre: false }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    const sink = sinks[sinks.length - 1]!;
    if (step.kind === 'endBlock') {
      flush(sink);
      continue;
    }
    if (step.kind === 'startCell') {
      sinks.push({ lines: [], current: '' });
      continue;
    }
    if (step.kind === 'endCell') {
      flush(sink);
      sinks.pop();
      step.cells.push(sink.lines.join(' '));
      continue;
    }
    if (step.kind === 'endRow') {
      sink.current = step.cells.filter((c) => c.length > 0).join(' | ');
      flush(sink);
      continue;
    }
    visit(step.node, step.pre, sink, stack);
  }
  flush(sinks[0]!);
  return sinks[0]!.lines;
}

function visit(node: Node, pre: boolean, sink: Sink, stack: Step[]): void {
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
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const el = node as Element;
  const tag = el.localName?.toLowerCase() ?? '';
  if (SKIP.has(tag) || (el.getAttribute && (el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true'))) return;
  if (tag === 'br') {
    flush(sink);
    return;
  }
  if (tag === 'tr') {
    flush(sink);
    const cells: string[] = [];
    stack.push({ kind: 'endRow', cells });
    const cellNodes = Array.from(el.children).filter((c) => {
      const name = c.localName.toLowerCase();
      return name === 'td' || name === 'th';
    });
    // Pushed last-first so that the first cell is walked first.
    for (let i = cellNodes.length - 1; i >= 0; i--) {
      stack.push({ kind: 'endCell', cells });
      stack.push({ kind: 'visit', node: cellNodes[i]!, pre: false });
      stack.push({ kind: 'startCell' });
    }
    return;
  }
  const block = BLOCK.has(tag);
  if (block) {
    flush(sink);
    stack.push({ kind: 'endBlock' });
  }
  const inPre = pre || tag === 'pre';
  const children = node.childNodes;
  for (let i = children.length - 1; i >= 0; i--) stack.push({ kind: 'visit', node: children[i]!, pre: inPre });
}

function flush(sink: Sink): void {
  const line = sink.current.replace(/[ \t\u00a0]+/g, ' ').trim();
  if (line) sink.lines.push(line);
  sink.current = '';
}
