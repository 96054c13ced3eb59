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

export function domToLines(root: Node): string[] {
  const sink: Sink = { lines: [], current: '' };
  walk(root, sink, false);
  flush(sink);
  return sink.lines;
}

function flush(sink: Sink): void {
  const line = sink.current.replace(/[ \t\u00a0]+/g, ' ').trim();
  if (line) sink.lines.push(line);
  sink.current = '';
}

function walk(node: Node, sink: Sink, pre: boolean): void {
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
    for (const cell of Array.from(el.children)) {
      const name = cell.localName.toLowerCase();
      if (name !== 'td' && name !== 'th') continue;
      const inner = domToLines(cell).join(' ');
      cells.push(inner);
    }
    sink.current = cells.filter((c) => c.length > 0).join(' | ');
    flush(sink);
    return;
  }
  const block = BLOCK.has(tag);
  if (block) flush(sink);
  const inPre = pre || tag === 'pre';
  for (const child of Array.from(node.childNodes)) walk(child, sink, inPre);
  if (block) flush(sink);
}
