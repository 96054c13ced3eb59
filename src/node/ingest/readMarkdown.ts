// Markdown to plain lines: headings and list items stay lines of their own, markup goes (emphasis,
// links keep their words, images their alt text, tables their cells).
import type { ReadResult } from './readResult';
import { decodeText } from './textDecoding';

export function readMarkdown(bytes: Uint8Array, fileName: string): ReadResult {
  const source = decodeText(bytes, fileName).text;
  const lines = source.split('\n');
  const out: string[] = [];
  let title: string | null = null;
  let inFence = false;
  let start = 0;
  // YAML front matter: metadata, not article text.
  if (lines[0]?.trim() === '---') {
    const end = lines.indexOf('---', 1);
    if (end > 0) {
      const t = lines.slice(1, end).find((l) => /^title\s*:/i.test(l));
      if (t) title = t.replace(/^title\s*:\s*/i, '').replace(/^["']|["']$/g, '').trim() || null;
      start = end + 1;
    }
  }
  for (let i = start; i < lines.length; i++) {
    const raw = lines[i]!;
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(raw);
      continue;
    }
    // Setext underlines, rules and table separators carry no words.
    if (/^\s*(=+|-{3,}|\*{3,}|_{3,})\s*$/.test(raw) || /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(raw)) {
      if (/^\s*=+\s*$/.test(raw) && title === null && out.length > 0) title = out[out.length - 1] ?? null;
      out.push('');
      continue;
    }
    if (/^\s*\[[^\]]+\]:\s*\S+/.test(raw)) continue; // link reference definitions
    let line = raw
      .replace(/^\s{0,3}>\s?/, '')
      .replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/, '');
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      line = heading[2] ?? '';
      if (title === null && heading[1] === '#') title = inline(line);
    }
    if (/^\s*\|.*\|\s*$/.test(line)) {
      line = line
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((c) => c.trim())
        .join(' | ');
    }
    out.push(inline(line));
  }
  return { format: 'md', originalText: out.join('\n'), hints: { title }, notes: [] };
}

function inline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, '$1')
    .replace(/(?<!\w)__(?=\S)(.+?)(?<=\S)__(?!\w)/g, '$1')
    .replace(/\*(?=\S)(.+?)(?<=\S)\*/g, '$1')
    .replace(/(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)/g, '$1')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1')
    .trim();
}
