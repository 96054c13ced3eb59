// Bounds how deep an HTML tree is before Readability sees it. Readability's cost grows faster
// than the nesting depth (20,000 nested <div>s, 0.2 MB, ran past a minute), while no real article
// nests more than a few dozen levels. Elements below the limit are not dropped: each element at
// the limit keeps its text, one paragraph per line, with the deeper structure flattened away.
import { domToLines } from './domText';

/** Deepest nesting (elements below <html>) that is read as it is; deeper parts are flattened. */
export const MAX_HTML_DEPTH = 200;

export interface FlattenResult {
  /** Deepest element nesting found in the page. */
  depth: number;
  /** How many subtrees were flattened (0 when the page is within the limit). */
  flattened: number;
}

interface DomDocument {
  documentElement: Element | null;
  createElement(tag: string): Element;
  createTextNode(text: string): Text;
}

export function flattenDeepTrees(document: DomDocument, maxDepth: number = MAX_HTML_DEPTH): FlattenResult {
  const root = document.documentElement;
  if (!root) return { depth: 0, flattened: 0 };
  let deepest = 0;
  const atLimit: Element[] = [];
  // Iterative walk: the tree can be far deeper than the call stack.
  const stack: Array<[Element, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    const children = el.children;
    if (depth === maxDepth) {
      if (children.length > 0) atLimit.push(el);
      // Still measure how deep the page goes, for the note.
      for (let i = 0; i < children.length; i++) stack.push([children[i]!, depth + 1]);
      continue;
    }
    for (let i = 0; i < children.length; i++) stack.push([children[i]!, depth + 1]);
  }
  for (const el of atLimit) {
    const lines = domToLines(el);
    const paragraphs = lines.map((line) => {
      const p = document.createElement('p');
      p.appendChild(document.createTextNode(line));
      return p;
    });
    el.replaceChildren(...paragraphs);
  }
  return { depth: deepest, flattened: atLimit.length };
}
