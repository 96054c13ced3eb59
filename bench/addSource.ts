// Adding one source to a 100,000-fact project, the way the service does it: the verification
// worker holds the project's index (core/verify/verifyIndex.ts, built once when the project is
// first changed after open; its build is in the detail), the new article (the next corpus article
// after the project's last) is cleaned and extracted, its facts cross to the worker alone
// (structured clone, timed on its own beside what copying every fact cost before), and the index
// takes the change: the figure layer judges the new candidates against the candidates they could
// meet (core/verify/figureIndex.ts), the event layer groups its clauses again, and the groups are
// made from all clusters (README, Performance, says why those two are not yet less). The groups
// equal groupFacts over all (tests/unit/core/verify/figureIndex.test.ts). The row's figure is
// extraction + matching; each part's CPU time is in the detail. The article is taken out again
// (the clusters it stood in judged again; its CPU in the detail), so that every run adds to the
// same project.
// Alone: npm run bench -- addSource [--quick]
import { readFile } from 'node:fs/promises';
import { cleanArticle } from '../src/core/clean';
import { extractFacts } from '../src/core/extract';
import type { Fact, Project } from '../src/core/model';
import { VerifyIndex } from '../src/core/verify/verifyIndex';
import { corpusArticle } from './corpus';
import { median, timed, timedFigure, type BenchOptions, type Figure } from './figure';
import { fixtureProject } from './fixtures';

const FACTS = { full: 100_000, quick: 10_000, smoke: 300 } as const;
const RUNS = { full: 3, quick: 1, smoke: 1 } as const;

export async function figures(options: BenchOptions): Promise<Figure[]> {
  const fixture = await fixtureProject(options, { facts: FACTS[options.level] });
  const project = JSON.parse(await readFile(fixture.path, 'utf8')) as Project;
  let index = VerifyIndex.of([]);
  const build = await timed(() => {
    index = VerifyIndex.of(project.facts);
  });
  const wall: number[] = [];
  const cpu: number[] = [];
  const parts = { extract: [] as number[], change: [] as number[], all: [] as number[], match: [] as number[], remove: [] as number[] };
  let added = 0;
  let groups = 0;
  const judged: number[] = [];
  let held = 0;
  let firstMatch = 0;
  // A warm-up pass, then the timed ones, each adding a different article (the next ones of the
  // corpus) and taking it out again untimed, so that every run adds to the same project.
  for (let r = -1; r < RUNS[options.level]; r++) {
    const article = corpusArticle(fixture.articles + 1 + r);
    const sourceId = `src_new_${r}`;
    let fresh: Fact[] = [];
    const extract = await timed(() => {
      const clean = cleanArticle(article.text);
      fresh = extractFacts({ sourceId, text: clean.text, publishedAt: clean.meta.publishedAt ?? null });
      added = fresh.length;
    });
    const change = { sources: [{ sourceId, facts: fresh }] };
    const crossing = await timed(() => structuredClone(change));
    const all = await timed(() => structuredClone([...index.facts(), ...fresh]));
    const match = await timed(() => {
      groups = index.apply(change).length;
    });
    judged.push(index.lastFigureChange.judged === 'part' ? index.lastFigureChange.part : Number.NaN);
    held = index.lastFigureChange.candidates;
    const removal = await timed(() => {
      index.apply({ remove: [sourceId] });
    });
    if (r < 0) {
      firstMatch = match.cpu;
      continue;
    }
    wall.push(extract.wall + match.wall);
    cpu.push(extract.cpu + match.cpu);
    parts.extract.push(extract.cpu);
    parts.change.push(crossing.cpu);
    parts.all.push(all.cpu);
    parts.match.push(match.cpu);
    parts.remove.push(removal.cpu);
  }
  const size = project.facts.length.toLocaleString('en-US');
  const ms = (xs: number[]) => Math.round(median(xs) * 10) / 10;
  return [
    timedFigure(
      {
        key: 'verify.add-source',
        label: `add one source (extraction + matching in the verification index), ${size}-fact project`,
        unit: 'ms',
        targets: [{ on: 'value', op: '<=', limit: 200 }],
        detail: {
          facts: project.facts.length,
          'facts added': added,
          groups,
          'index build (once, on first change after open) CPU ms': Math.round(build.cpu),
          'first source added after a build (files where each candidate could meet a new one; the warm-up) CPU ms': Math.round(firstMatch),
          'extraction CPU ms': ms(parts.extract),
          'matching (figure layer: the new candidates against their partners; event layer and groups: all) CPU ms': ms(parts.match),
          'figure candidates held / judged (the new ones and their partners), median': `${held} / ${median(judged.slice(1))}`,
          'taking the source out again (the clusters it stood in judged again; not in the figure) CPU ms': ms(parts.remove),
          'crossing to the worker now (the change alone, structured clone) CPU ms': ms(parts.change),
          'crossing before (every fact, structured clone) CPU ms': ms(parts.all),
          'extraction + matching CPU ms': ms(cpu),
        },
      },
      { wall, cpu },
    ),
  ];
}
