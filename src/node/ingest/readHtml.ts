// Saved web pages: Readability finds the article in a linkedom tree (a parser only: no script
// runs, nothing loads, nothing is rendered), and the page's own metadata fills title, author,
// outlet, language and date. Where no article is found, the page's visible text is used.
import { Readability } from '@mozilla/readability';
import iconv from 'iconv-lite';
import { parseHTML } from 'linkedom';
import { AttacheError } from '../../core/errors';
import type { SourceMeta } from '../../core/model';
import { domToLines } from './domText';
import { flattenDeepTrees, MAX_HTML_DEPTH } from './flattenDeep';
import type { ReadResult } from './readResult';
import { decodeText, normaliseLineEndings } from './textDecoding';

export function readHtml(bytes: Uint8Array, fileName: string): ReadResult {
  const html = decodeHtml(bytes, fileName);
  const notes: string[] = [];
  const document = parsePage(html);
  if (!document.documentElement) throw noText(fileName);
  const { depth, flattened } = flattenDeepTrees(document);
  if (flattened > 0) {
    notes.push(
      `This page nests ${depth.toLocaleString('en-GB')} levels deep; Attaché reads pages up to ${MAX_HTML_DEPTH} levels as they are, so the text below that depth was read as plain paragraphs.`,
    );
  }
  const pageLang = document.documentElement?.getAttribute('lang') ?? null;
  const publishedFromLd = jsonLdDate(document);

  let lines: string[] = [];
  let article: ReturnType<Readability<Node>['parse']>;
  try {
    article = new Readability<Node>(document as unknown as Document, { serializer: (n) => n }).parse();
  } catch {
    // Readability gives up on some malformed trees: fall back to the visible text below.
    article = null;
  }
  if (article?.content) lines = domToLines(article.content);
  if (lines.join(' ').length < 200) {
    // Readability found no article: fall back to everything visible on the page.
    const fresh = parsePage(html);
    flattenDeepTrees(fresh);
    const visible = fresh.body ? domToLines(fresh.body as unknown as Node) : [];
    if (visible.join(' ').length > lines.join(' ').length) {
      lines = visible;
      notes.push('No article was recognised on this page; its visible text was imported and cleaned.');
    }
  }
  if (lines.length === 0) throw noText(fileName);

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

/**
 * A tree with an <html> element: linkedom leaves documentElement null for some inputs (an empty
 * file, only a comment or a processing instruction), and then even document.body throws.
 */
function parsePage(html: string): ReturnType<typeof parseHTML>['document'] {
  const { document } = parseHTML(html);
  if (document.documentElement) return document;
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document;
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

function noText(fileName: string): AttacheError {
  return new AttacheError(
    'HTML_NO_TEXT',
    `${fileName}: the page has no readable text (only scripts, styles or images). Save the article as text or PDF from your browser and import that.`,
    { file: fileName },
  );
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
