// Saved web pages: Readability finds the article in a linkedom tree (a parser only: no script
// runs, nothing loads, nothing is rendered), and the page's own metadata fills title, author,
// outlet, language and date. Where no article is found, the page's visible text is used.
import { Readability } from '@mozilla/readability';
import iconv from 'iconv-lite';
import { parseHTML } from 'linkedom';
import { AttacheError } from '../../core/errors';
import type { SourceMeta } from '../../core/model';
import { domToLines } from './domText';
import type { ReadResult } from './readResult';
import { decodeText, normaliseLineEndings } from './textDecoding';

export function readHtml(bytes: Uint8Array, fileName: string): ReadResult {
  const html = decodeHtml(bytes, fileName);
  const notes: string[] = [];
  const { document } = parseHTML(html);
  const pageLang = document.documentElement?.getAttribute('lang') ?? null;
  const publishedFromLd = jsonLdDate(document);

  let lines: string[] = [];
  let article: ReturnType<Readability<Node>['parse']> = null;
  const depth = document.documentElement ? treeDepth(document.documentElement as unknown as Node) : 0;
  if (depth > MAX_ARTICLE_DEPTH) {
    // Readability's cost grows faster than the page's depth (20,000 nested elements took over a
    // minute): such a page is read for its visible text, without looking for its article.
    notes.push(
      `This page nests ${depth.toLocaleString('en-GB')} levels deep; Attaché looks for the article only in pages up to ${MAX_ARTICLE_DEPTH} levels, so it imported the page's visible text for cleaning.`,
    );
  } else {
    try {
      article = new Readability<Node>(document as unknown as Document, { serializer: (n) => n }).parse();
    } catch {
      // Readability gives up on some malformed trees: fall back to the visible text below.
      article = null;
    }
  }
  if (article?.content) lines = domToLines(article.content);
  if (lines.join(' ').length < 200) {
    // Readability found no article: fall back to everything visible on the page (Readability
    // changes the tree it reads, so a fresh one, unless it never ran).
    const fresh = depth > MAX_ARTICLE_DEPTH ? document : parseHTML(html).document;
    const visible = fresh.body ? domToLines(fresh.body as unknown as Node) : [];
    if (visible.join(' ').length > lines.join(' ').length) {
      lines = visible;
      if (depth <= MAX_ARTICLE_DEPTH) notes.push('No article was recognised on this page; its visible text was imported and cleaned.');
    }
  }
  if (lines.length === 0) {
    throw new AttacheError(
      'HTML_NO_TEXT',
      `${fileName}: the page has no readable text (only scripts, styles or images). Save the article as text or PDF from your browser and import that.`,
      { file: fileName },
    );
  }

  const title = clean(article?.title);
  if (title && lines[0] !== title) lines.unshift(title, '');
  const hints: Partial<SourceMeta> = {
    title,
    author: bylineOf(article?.byline),
    outlet: clean(article?.siteName),
    language: clean(article?.lang) ?? clean(pageLang),
    publishedAt: isoDay(article?.publishedTime) ?? publishedFromLd,
  };
  return { format: 'html', originalText: lines.join('\n'), hints, notes };
}

/** Real articles nest a few dozen levels; far deeper trees are generated or hostile. */
const MAX_ARTICLE_DEPTH = 400;

/** The deepest element's depth, found with a stack of our own (no recursion). */
function treeDepth(root: Node): number {
  let deepest = 0;
  const stack: Array<[Node, number]> = [[root, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    // By sibling links, not childNodes (which linkedom builds by walking the whole subtree).
    for (let child = node.firstChild; child; child = child.nextSibling) if (child.nodeType === 1) stack.push([child, depth + 1]);
  }
  return deepest;
}

function decodeHtml(bytes: Uint8Array, fileName: string): string {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  const hasBom = bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe;
  if (!hasBom && declared && !/^utf-?8$/i.test(declared) && iconv.encodingExists(declared)) {
    return normaliseLineEndings(iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), declared));
  }
  return decodeText(bytes, fileName).text;
}

function clean(value: string | null | undefined): string | null {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v : null;
}

function bylineOf(value: string | null | undefined): string | null {
  const v = clean(value);
  return v ? v.replace(/^(?:by|par|von|por)\s+/i, '') : null;
}

/** "2015-07-24T05:36:09+01:00" → "2015-07-24" (the day as the page states it). */
function isoDay(value: string | null | undefined): string | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(value?.trim() ?? '');
  if (!m) return null;
  return m[3] ? `${m[1]}-${m[2]}-${m[3]}` : `${m[1]}-${m[2]}`;
}

function jsonLdDate(document: { querySelectorAll(s: string): ArrayLike<{ textContent: string | null }> }): string | null {
  const scripts = Array.from(document.querySelectorAll('script[type="application/ld+json"]'));
  for (const s of scripts) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(s.textContent ?? '');
    const day = isoDay(m?.[1]);
    if (day) return day;
  }
  return null;
}
