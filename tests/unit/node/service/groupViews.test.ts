// The groups as the Facts view receives them through the contract (in a fact's detail): each with
// its rule id, the rule's general sentence and its evidence in words, valid against the call's
// result schema.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AttacheSession, createHandlers, dispatchCall, noDialogs } from '../../../../src/node/service';
import { RecentProjects } from '../../../../src/node/store';
import { RULES } from '../../../../src/core/verify/rules';
import { calls } from '../../../../src/shared/api';

const HERALD = [
  'The trade ministers of Calvera and Dunmore signed a customs accord in Brackton on Friday.',
  '',
  'The accord cost 310 million euros to prepare.',
].join('\n');
const COURIER = [
  'Calvera and Dunmore inked a customs pact in Brackton, ending a decade of talks.',
  '',
  'Preparing the accord cost 310 million euros, officials said.',
].join('\n');

let dir: string;
let session: AttacheSession;
let files: string[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attache-groupviews-'));
  files = [join(dir, 'herald.txt'), join(dir, 'courier.txt')];
  await writeFile(files[0]!, HERALD);
  await writeFile(files[1]!, COURIER);
  session = new AttacheSession({
    dialogs: { ...noDialogs, chooseNewProjectPath: async () => join(dir, 'customs.attache'), chooseSourceFiles: async () => files },
    recent: new RecentProjects(join(dir, 'recent.json')),
    emit: () => {},
    owner: 'test',
    debounceMs: 0,
  });
});
afterEach(async () => {
  await session.close();
  await rm(dir, { recursive: true, force: true });
});

describe('factsDetail', () => {
  it('gives every group its rule, the rule’s sentence and its evidence as words', async () => {
    const handlers = createHandlers(session);
    await session.newProject();
    const report = await session.addSourcesFromDialog();
    expect(report.added, JSON.stringify(report)).toBe(2);
    // Each group as the evidence pane of its first fact shows it.
    const groups = [];
    for (const g of session.project.groups) {
      const result = await dispatchCall(handlers, 'factsDetail', { factId: g.factIds[0] });
      if (!result.ok) throw new Error(result.error.message);
      const detail = calls.factsDetail.result.parse(result.value);
      groups.push(detail.groups.find((v) => v.id === g.id)!);
    }
    expect(groups.every((g) => g !== undefined && g.sourceCount === 2)).toBe(true);

    const event = groups.find((g) => g.rule.startsWith('event.'));
    expect(event, JSON.stringify(groups, null, 1)).toBeDefined();
    expect(event!.ruleSays).toBe(RULES[event!.rule as keyof typeof RULES].says);
    const labels = event!.evidenceItems.map((i) => i.label);
    expect(labels).toContain('Shared words');
    expect(labels).toContain('Likeness');
    const shared = event!.evidenceItems.find((i) => i.label === 'Shared words')!.text;
    expect(shared).toMatch(/\bbrackton\b/);
    expect(shared).not.toMatch(/\b(?:act|l|o|p):/);

    // A figure group names its figure rule, stored and in the view.
    const figure = groups.find((g) => g.reason.includes('310 million'));
    expect(figure).toMatchObject({ rule: 'figure.same-value', ruleSays: RULES['figure.same-value'].says, evidenceItems: [] });
    expect(session.project.groups.find((g) => g.id === figure!.id)!.rule).toBe('figure.same-value');
  });
});
