// `attache why` on a project of two invented reports of one signing: the pair both report names
// the rule that joined them and its evidence; a shared figure names the figure rule; an unrelated
// pair says which test kept them apart; a wrong id is one line naming it. The command only reads:
// the project is unchanged, and it works while another process holds the project open.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliSession } from '../../../src/cli/cliSession';
import { run } from './runCli';
import { printable } from '../../../src/cli/terminalText';
import { RULES } from '../../../src/core/verify/rules';

const WIRE = [
  'Norland and Ostia settle fishing row',
  '',
  'The foreign ministers of Norland and Ostia signed a fisheries memorandum in Port Vale on Monday.',
  '',
  'The memorandum caps the annual cod catch at 40,000 tonnes.',
  '',
  'A spokesman for the harbour authority praised the mild weather along the coast.',
].join('\n');
const DAILY = [
  'Fisheries deal struck in Port Vale',
  '',
  'Norland and Ostia inked an MoU on fisheries in Port Vale, ending years of quarrels over cod quotas.',
  '',
  'Under the deal the annual cod catch is capped at 40,000 tonnes.',
  '',
  'Ticket sales for the autumn film festival rose sharply, its organisers reported.',
].join('\n');


interface Explanation {
  relation: string;
  rule?: string;
  lines: string[];
  groupId?: string;
}

let dir: string;
let project: string;
let facts: Array<{ fact: { id: string; text: string } }>;
const idOf = (words: string) => facts.find((v) => v.fact.text.includes(words))!.fact.id;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attache-cli-why-'));
  project = join(dir, 'fish.attache');
  await writeFile(join(dir, 'wire.txt'), WIRE);
  await writeFile(join(dir, 'daily.txt'), DAILY);
  expect((await run('new', project)).code).toBe(0);
  expect((await run('add', project, join(dir, 'wire.txt'), join(dir, 'daily.txt'))).code).toBe(0);
  facts = JSON.parse((await run('facts', project, '--json')).out) as typeof facts;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('attache why', () => {
  it('names the rule that joins two reports of one event, with its evidence', async () => {
    const signed = idOf('signed a fisheries memorandum');
    const inked = idOf('inked an MoU');
    const text = await run('why', project, signed, inked);
    expect(text.code).toBe(0);
    expect(text.out).toContain(`${signed}:`);
    expect(text.out).toMatch(/Corroborated \(group grp_\w+, rule event\.same-action\)/);
    expect(text.out).toContain(RULES['event.same-action'].says);
    // Evidence in words: the action and the shared words, without the engine's feature prefixes.
    expect(text.out).toMatch(/^ {2}Action: sign$/m);
    expect(text.out).toMatch(/^ {2}Shared words: .*\bfishery\b.*\bport\b/m);
    expect(text.out).not.toContain('act:');

    const json = await run('why', project, inked, signed, '--json');
    expect(json.code).toBe(0);
    const explanation = JSON.parse(json.out) as Explanation;
    expect(explanation).toMatchObject({ relation: 'corroborated', rule: 'event.same-action' });
    expect(explanation.groupId).toMatch(/^grp_/);
  });

  it('names the figure rule, with its sentence, for a figure group that records no rule of its own', async () => {
    const views = facts as Array<{ fact: { id: string; text: string; kind: string } }>;
    const [a, b] = views.filter((v) => v.fact.kind === 'quantity' && v.fact.text.includes('40,000 tonnes')).map((v) => v.fact.id);
    const result = await run('why', project, a!, b!);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Corroborated \(group grp_\w+, rule figure\.same-value\): 2 sources give 40,000 tonnes/);
    expect(result.out).toContain(`  Rule: ${RULES['figure.same-value'].says}`);
  });

  it('says which test kept an unrelated pair apart', async () => {
    const signed = idOf('signed a fisheries memorandum');
    const festival = idOf('film festival');
    const result = await run('why', project, signed, festival);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Not joined by the event rules: too little in common \(likeness 0\.\d\d, \d+ shared words?\)\./);
    const json = JSON.parse((await run('why', project, signed, festival, '--json')).out) as Explanation;
    expect(json.relation).toBe('none');
    expect(json.groupId).toBeUndefined();

    // Two facts of one source are never a group, and the answer says so.
    const weather = idOf('mild weather');
    expect((await run('why', project, signed, weather)).out).toContain('both come from one source');
  });

  it('an unknown id is one line naming it, exit 1; bad usage exits 2', async () => {
    const signed = idOf('signed a fisheries memorandum');
    const unknown = await run('why', project, signed, 'fact_nosuchthing');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toBe('NOT_FOUND: fish.attache has no fact "fact_nosuchthing" (attache facts lists the ids).');
    expect(unknown.out).toBe('');
    expect((await run('why', project, signed)).code).toBe(2);
    expect((await run('why', project, signed, signed)).code).toBe(2);
    expect((await run('why', project, signed, signed, signed)).code).toBe(2);
    const missing = await run('why', join(dir, 'nowhere.attache'), signed, signed + 'x');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^NOT_FOUND: nowhere\.attache does not exist/);
  });

  it('only reads: the file is unchanged and the command works while the app holds the project', async () => {
    const before = await readFile(project);
    const holder = cliSession();
    await holder.openAt(project);
    try {
      const result = await run('why', project, idOf('signed a fisheries memorandum'), idOf('inked an MoU'));
      expect(result.code).toBe(0);
    } finally {
      await holder.close();
    }
    expect((await readFile(project)).equals(before)).toBe(true);
  });

  it('shows control characters from a source by their code, so a file cannot drive the terminal', () => {
    expect(printable('red \u001b[31malert\u001b[0m\r')).toBe('red \\u{1b}[31malert\\u{1b}[0m\\u{d}');
    expect(printable('a\u202eb')).toBe('a\\u{202e}b');
    expect(printable('Hà Nội “quoted” — fine')).toBe('Hà Nội “quoted” — fine');
  });
});
