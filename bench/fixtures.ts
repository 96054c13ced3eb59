// Projects built from the benchmark corpus, as the app would hold them: every source with its
// original and cleaned text, its facts, the groups over all of them, one fact in ten verified, and
// a drafted brief. Building a large one takes minutes (extraction and grouping of every article),
// so each is kept in the cache folder under a key made of the code that builds it: change the
// extractor, the model or the corpus and the next run builds it again.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { draftBrief } from '../src/core/brief';
import { stableId } from '../src/core/ids';
import { extractFacts } from '../src/core/extract';
import type { Decision, Fact, Project, Source } from '../src/core/model';
import { groupFacts } from '../src/core/verify';
import { readSource } from '../src/node/ingest/readSource';
import { createProjectFile } from '../src/node/store';
import { corpusArticle } from './corpus';
import type { BenchOptions } from './figure';

const root = resolve(import.meta.dirname, '..');
/** What a fixture's bytes depend on (the store's format is the model's, in src/core). */
const INPUTS = ['src/core', 'src/node/ingest', 'bench/corpus.ts', 'bench/fixtures.ts'];

function filesUnder(path: string): string[] {
  const full = join(root, path);
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .map((f) => join(full, f))
    .filter((f) => f.endsWith('.ts') && statSync(f).isFile())
    .sort();
}

let key: string | null = null;
function codeKey(): string {
  if (key) return key;
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(filesUnder)) hash.update(relative(root, file)).update(readFileSync(file));
  key = hash.digest('hex').slice(0, 16);
  return key;
}

export interface FixtureProject {
  path: string;
  articles: number;
  facts: number;
  bytes: number;
}

export interface FixtureSize {
  /** The first this many corpus articles… */
  articles?: number;
  /** …or as many as give this many facts (the last article's facts cut to the count). */
  facts?: number;
}

/** The project file for `size`, from the cache or built now. Read it; never change it. */
export async function fixtureProject(options: BenchOptions, size: FixtureSize): Promise<FixtureProject> {
  const name = size.facts !== undefined ? `facts-${size.facts}` : `articles-${size.articles}`;
  const folder = join(options.cacheDir, codeKey());
  const path = join(folder, `${name}.attache`);
  const meta = `${path}.json`;
  if (existsSync(path) && existsSync(meta))
    return { ...(JSON.parse(readFileSync(meta, 'utf8')) as FixtureProject), path };
  await mkdir(folder, { recursive: true });
  // Projects built by other versions of the code are never read again: a 10,000-article one is 360 MB.
  for (const stale of readdirSync(options.cacheDir)) if (stale !== codeKey()) await rm(join(options.cacheDir, stale), { recursive: true, force: true });
  const started = performance.now();
  const project = await buildProject(size);
  options.log(
    `(built the ${name} project in ${((performance.now() - started) / 1000).toFixed(1)} s: ${project.sources.length} articles, ${project.facts.length} facts, ${project.groups.length} groups)`,
  );
  const building = join(folder, `.${name}.${process.pid}.attache`);
  const handle = await createProjectFile(building, `Benchmark, ${name}`, {
    owner: 'bench',
    debounceMs: 0,
    now: () => '2026-12-02T00:00:00.000Z',
  });
  handle.update((p) =>
    Object.assign(p, {
      sources: project.sources,
      facts: project.facts,
      groups: project.groups,
      decisions: project.decisions,
      brief: project.brief,
    }),
  );
  await handle.close();
  await rm(`${building}.bak`, { force: true });
  await rename(building, path);
  const made: FixtureProject = {
    path,
    articles: project.sources.length,
    facts: project.facts.length,
    bytes: statSync(path).size,
  };
  await writeFile(meta, JSON.stringify(made));
  return made;
}

type Built = Pick<Project, 'sources' | 'facts' | 'groups' | 'decisions' | 'brief'>;

async function buildProject(size: FixtureSize): Promise<Built> {
  const sources: Source[] = [];
  const facts: Fact[] = [];
  for (let i = 0; size.facts !== undefined ? facts.length < size.facts : i < (size.articles ?? 0); i++) {
    const article = corpusArticle(i);
    const { source, extracted } = await sourceOf(article.name, article.text);
    sources.push(source);
    facts.push(...extracted.slice(0, size.facts === undefined ? undefined : size.facts - facts.length));
  }
  const groups = groupFacts(facts);
  const decisions: Record<string, Decision> = {};
  facts.forEach((f, i) => {
    if (i % 10 === 0)
      decisions[f.id] = {
        factId: f.id,
        status: 'verified',
        credibility: 2,
        note: '',
        at: '2026-12-02T00:00:00.000Z',
      };
  });
  const brief = draftBrief(
    { facts, sources, decisions, groups },
    {
      title: 'Benchmark brief',
      date: '2026-12-02',
      marking: 'OFFICIAL',
      preparedFor: 'Bench',
      preparedBy: 'Bench',
    },
  );
  return { sources, facts, groups, decisions, brief };
}

/** One article as importFiles and refreshFacts make it a source with facts (without the workers). */
async function sourceOf(fileName: string, text: string): Promise<{ source: Source; extracted: Fact[] }> {
  const bytes = new TextEncoder().encode(text);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const read = await readSource({ fileName, bytes });
  const source: Source = {
    id: stableId('src', sha256),
    fileName,
    sha256,
    format: read.format,
    byteLength: bytes.byteLength,
    importedAt: '2026-12-02T00:00:00.000Z',
    originalText: read.originalText,
    text: read.cleaned.text,
    removed: read.cleaned.removed,
    restoredLines: [],
    pages: read.cleaned.pages,
    guessed: read.cleaned.meta,
    edited: {},
    reliability: 'B',
  };
  const extracted = extractFacts({
    sourceId: source.id,
    text: source.text,
    publishedAt: source.guessed.publishedAt,
    language: source.guessed.language,
  });
  return { source, extracted };
}
