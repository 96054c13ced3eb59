// Markdown through micromark (CommonMark, with GFM: tables, autolinks, footnotes, strikethrough,
// task lists) to HTML, and that HTML to lines the way web pages are read (domText): entities come
// out decoded, autolinks keep their address, footnotes stay as "[1]" marks with their notes at
// the end, images keep their alt text. YAML front matter is metadata, not text: its title, author
// and date fill the hints. The HTML is only parsed (linkedom), never rendered; raw HTML inside the
// Markdown goes through the same parser, so its scripts and styles never become text.
import { parseHTML } from 'linkedom';
import { micromark } from 'micromark';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import type { CompileContext, HtmlExtension, Token } from 'micromark-util-types';
import type { SourceMeta } from '../../core/model';
import { domToLines } from './domText';
import { markdownOverLimit } from './markdownLimits';
import type { ReadResult } from './readResult';
import { decodeText } from './textDecoding';

export function readMarkdown(bytes: Uint8Array, fileName: string): ReadResult {
  const source = decodeText(bytes, fileName).text;
  const over = markdownOverLimit(source);
  if (over !== null) {
    return { format: 'md', originalText: source, hints: {}, notes: [`This Markdown was read as plain text: ${over}, past which it would take minutes or gigabytes to read.`] };
  }
  let yaml: string | null = null;
  // Keeps the front matter's raw text (micromark's own frontmatterHtml only drops it). 'yaml' is
  // the token micromark-extension-frontmatter makes; micromark's types do not list it.
  const frontMatter = {
    enter: {
      yaml(this: CompileContext) {
        this.buffer();
      },
    },
    exit: {
      yaml(this: CompileContext, token: Token) {
        this.resume();
        yaml = this.sliceSerialize(token);
        this.setData('slurpOneLineEnding', true);
      },
    },
  } as HtmlExtension;
  const html = micromark(source, {
    allowDangerousHtml: true,
    extensions: [frontmatter(), gfm()],
    htmlExtensions: [frontMatter, gfmHtml(), rawHtml],
  });
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const body = document.body as unknown as Element;
  markFootnotes(body);
  for (const img of Array.from(body.querySelectorAll('img'))) img.replaceWith(document.createTextNode(img.getAttribute('alt') ?? ''));
  // One block of the document after another, a blank line between them, as the Markdown had.
  const out: string[] = [];
  for (const block of Array.from(body.childNodes)) {
    const lines = domToLines(block as unknown as Node);
    if (lines.length === 0) continue;
    if (out.length > 0) out.push('');
    out.push(...lines);
  }
  const front = yaml === null ? {} : frontMatterHints(yaml);
  const heading = body.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const hints: Partial<SourceMeta> = { title: front.title ?? heading };
  if (front.author) hints.author = front.author;
  if (front.publishedAt) hints.publishedAt = front.publishedAt;
  return { format: 'md', originalText: out.join('\n'), hints, notes: [] };
}

/**
 * Raw HTML passed on as it is, after gfmHtml: GFM's tag filter writes "<script>" out as text (for
 * a page a browser shows), which would put scripts among the words; domText drops them instead.
 */
const rawHtml = {
  exit: {
    htmlFlowData(this: CompileContext, token: Token) {
      this.raw(this.sliceSerialize(token));
    },
    htmlTextData(this: CompileContext, token: Token) {
      this.raw(this.sliceSerialize(token));
    },
  },
} as HtmlExtension;

/**
 * GFM footnotes as plain text: a reference becomes "[1]" (not a bare "1" glued to the word before,
 * which would read as part of a number), each note opens with its mark, and the "back to
 * reference" arrows go.
 */
function markFootnotes(body: Element): void {
  const doc = body.ownerDocument;
  for (const back of Array.from(body.querySelectorAll('a[data-footnote-backref]'))) back.remove();
  for (const ref of Array.from(body.querySelectorAll('a[data-footnote-ref]'))) {
    const sup = ref.parentElement?.localName === 'sup' ? ref.parentElement : ref;
    sup.replaceWith(doc.createTextNode(`[${ref.textContent?.trim() ?? ''}]`));
  }
  const section = body.querySelector('section[data-footnotes]');
  if (!section) return;
  section.querySelectorAll('li').forEach((li, i) => {
    const first = li.querySelector('p') ?? li;
    first.insertBefore(doc.createTextNode(`[${i + 1}] `), first.firstChild);
  });
}

/** title, author and date from YAML front matter ("key: value" lines; quotes taken off). */
export function frontMatterHints(yaml: string): { title?: string; author?: string; publishedAt?: string } {
  const out: { title?: string; author?: string; publishedAt?: string } = {};
  for (const line of yaml.split('\n')) {
    const m = /^(title|author|date|published|publishedAt)\s*:\s*(.*?)\s*$/i.exec(line);
    if (!m) continue;
    const value = m[2]!.replace(/^(["'])(.*)\1$/, '$2').trim();
    if (!value) continue;
    const key = m[1]!.toLowerCase();
    if (key === 'title') out.title ??= value;
    else if (key === 'author') out.author ??= value;
    else out.publishedAt ??= isoDay(value) ?? undefined;
  }
  return out;
}

/** "2024-05-01", "2024-05-01T10:00:00Z", "2024-05-01 10:00" → "2024-05-01", if it is a real day. */
function isoDay(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
