// Articles in a folder through clean → extract → group, as the app reads them (language and
// publication date from cleaning), scored by the shared gold scorer.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { cleanArticle } from '../../../../src/core/clean';
import { extractFacts } from '../../../../src/core/extract';
import { groupFacts } from '../../../../src/core/verify';
import { stableId } from '../../../../src/core/ids';
import type { Fact } from '../../../../src/core/model';

/** The scorer's figures (`score-facts.mjs --json`). */
export interface GoldScore {
  factRecall: number;
  valueAccuracy: number;
  corroborationFull: number;
  conflictRecall: number;
  spuriousConflicts: number;
  boilerplateLeaks: number;
  boilerplateLeftInText: number;
  contentLost: number;
}

export function scoreFolder(folder: string, gold: string, scorer: string): GoldScore {
  const sources = [];
  const facts: Fact[] = [];
  for (const name of readdirSync(folder).filter((f) => f.endsWith('.txt')).sort()) {
    const bytes = readFileSync(join(folder, name));
    const clean = cleanArticle(bytes.toString('utf8').replace(/^\uFEFF/, ''));
    const id = stableId('src', createHash('sha256').update(bytes).digest('hex'));
    sources.push({ id, fileName: name, text: clean.text, removed: clean.removed });
    facts.push(...extractFacts({ sourceId: id, text: clean.text, publishedAt: clean.meta.publishedAt ?? null, language: clean.meta.language }));
  }
  const dir = mkdtempSync(join(tmpdir(), 'attache-gold-'));
  try {
    const out = join(dir, 'extraction.json');
    writeFileSync(out, JSON.stringify({ version: 1, sources, facts, groups: groupFacts(facts) }));
    return JSON.parse(execFileSync(process.execPath, [scorer, gold, out, '--json'], { encoding: 'utf8' })) as GoldScore;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
