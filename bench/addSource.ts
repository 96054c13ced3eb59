// Adding one source to a 100,000-fact project: extraction of one new corpus article (the next
// after the project's last) and the matching of its facts against the project's, as refreshFacts
// does it today: groupFacts over every fact, old and new, after the facts are copied to a worker
// (the structured clone is timed on its own, in the detail). Incremental matching (issue 11, point
// 3) is not built yet, so this is the cost it has to beat; the row's figure is extraction +
// matching, the CPU time of each part is in the detail. Alone: npm run bench -- addSource [--quick]
import { readFile } from 'node:fs/promises';
import { cleanArticle } from '../src/core/clean';
import { extractFacts } from '../src/core/extract';
import type { Project } from '../src/core/model';
import { groupFacts } from '../src/core/verify';
import { corpusArticle } from './corpus';
import { median, timed, timedFigure, type BenchOptions, type Figure } from './figure';
import { fixtureProject } from './fixtures';

const FACTS = { full: 100_000, quick: 10_000, smoke: 300 } as const;
const RUNS = { full: 3, quick: 1, smoke: 1 } as const;

export async function figures(options: BenchOptions): Promise<Figure[]> {
  const fixture = await fixtureProject(options, { facts: FACTS[options.level] });
  const project = JSON.parse(await readFile(fixture.path, 'utf8')) as Project;
  const wall: number[] = [];
  const cpu: number[] = [];
  const parts = { extract: [] as number[], clone: [] as number[], group: [] as number[] };
  let added = 0;
  let groups = 0;
  // A warm-up pass, then the timed ones, each adding a different article (the next ones of the corpus).
  for (let r = -1; r < RUNS[options.level]; r++) {
    const article = corpusArticle(fixture.articles + 1 + r);
    let facts = project.facts;
    const extract = await timed(() => {
      const clean = cleanArticle(article.text);
      const fresh = extractFacts({ sourceId: `src_new_${r}`, text: clean.text, publishedAt: clean.meta.publishedAt ?? null });
      added = fresh.length;
      facts = [...project.facts, ...fresh];
    });
    const clone = await timed(() => structuredClone(facts));
    const group = await timed(() => {
      groups = groupFacts(facts).length;
    });
    if (r < 0) continue;
    wall.push(extract.wall + group.wall);
    cpu.push(extract.cpu + group.cpu);
    parts.extract.push(extract.cpu);
    parts.clone.push(clone.cpu);
    parts.group.push(group.cpu);
  }
  const size = project.facts.length.toLocaleString('en-US');
  return [
    timedFigure(
      {
        key: 'verify.add-source',
        label: `add one source (extraction + matching by regrouping every fact), ${size}-fact project`,
        unit: 'ms',
        targets: [{ on: 'value', op: '<=', limit: 200 }],
        detail: {
          facts: project.facts.length,
          'facts added': added,
          groups,
          'extraction CPU ms': Math.round(median(parts.extract)),
          'matching (groupFacts over all) CPU ms': Math.round(median(parts.group)),
          'copying every fact to a worker (structured clone) CPU ms': Math.round(median(parts.clone)),
          'extraction + matching CPU ms': Math.round(median(cpu)),
        },
      },
      { wall, cpu },
    ),
  ];
}
