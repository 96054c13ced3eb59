// The verifiable content the crash test writes: generation n fully determines the project's
// name, its one source's text (whose size varies with n) and a checksum of that text, so a file
// made of two generations, or cut short, cannot pass check().
import { createHash } from 'node:crypto';
import type { Project } from '../../../../src/core/model';

export function payload(n: number): string {
  const size = 20_000 + ((n * 7919) % 400_000);
  const unit = `gen ${n}; `;
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function fill(project: Project, n: number): void {
  const text = payload(n);
  project.name = `generation ${n}`;
  project.sources = [
    {
      id: 'src_crash',
      fileName: `generation-${n}.txt`,
      sha256: sha256(text),
      format: 'txt',
      byteLength: text.length,
      importedAt: '2024-01-01T00:00:00.000Z',
      originalText: text,
      text,
      removed: [],
      restoredLines: [],
      pages: [],
      guessed: { title: `generation ${n}`, outlet: null, author: null, publishedAt: null, language: 'en' },
      edited: {},
      reliability: 'F',
    },
  ];
}

/** The generation a project holds, or a description of what is wrong with it. */
export function check(project: Project): { ok: true; n: number } | { ok: false; why: string } {
  const n = Number(/^generation (\d+)$/.exec(project.name)?.[1]);
  if (!Number.isInteger(n)) return { ok: false, why: `name ${JSON.stringify(project.name)}` };
  const source = project.sources[0];
  if (!source || project.sources.length !== 1) return { ok: false, why: `${project.sources.length} sources` };
  if (source.fileName !== `generation-${n}.txt`) return { ok: false, why: `file name ${source.fileName} in generation ${n}` };
  if (sha256(source.text) !== source.sha256) return { ok: false, why: `checksum mismatch in generation ${n}` };
  if (source.text !== payload(n)) return { ok: false, why: `text of another generation in generation ${n}` };
  return { ok: true, n };
}
