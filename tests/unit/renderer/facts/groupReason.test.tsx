// @vitest-environment happy-dom
// "Why together?" under a group in the evidence pane: a real button that opens the rule, its
// sentence and its evidence, all as text; in the pane of a fact that belongs to the group.
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { reactRoot } from '../reactRoot';
import type { Fact, FactView, GroupView } from '../../../../src/shared/api';
import { FactEvidence } from '../../../../src/renderer/src/facts/FactEvidence';
import { GroupReason, groupHeadline } from '../../../../src/renderer/src/facts/GroupReason';

const SAYS = 'Two sources report the same kind of action by compatible actors.';

const together: GroupView = {
  id: 'grp_a',
  relation: 'corroborated',
  subject: 'ratify treaty',
  factIds: ['fact_1', 'fact_2'],
  reason: '2 sources report the ratification.',
  rule: 'event.same-action',
  ruleSays: SAYS,
  evidence: { action: 'ratify' },
  evidenceItems: [
    { label: 'Action', text: 'ratify' },
    { label: 'Shared words', text: 'treaty, lakeside, <img src=x onerror="alert(1)">' },
    { label: 'Likeness', text: '0.61 of 1' },
  ],
  sourceCount: 2,
};

const dom = reactRoot();

function render(node: React.ReactNode) {
  act(() => dom.root.render(node));
}
function button(name: string): HTMLButtonElement {
  const found = [...dom.host.querySelectorAll('button')].find((b) => b.textContent?.includes(name));
  if (!found) throw new Error(`no button "${name}" in ${dom.host.innerHTML}`);
  return found;
}

describe('GroupReason', () => {
  it('is a keyboard-reachable button that opens and closes the panel it controls', () => {
    render(<GroupReason group={together} />);
    const toggle = button('Why together?');
    expect(toggle.type).toBe('button');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const panel = dom.host.querySelector(`#${CSS.escape(toggle.getAttribute('aria-controls')!)}`) as HTMLElement;
    expect(panel).not.toBeNull();
    expect(panel.hidden).toBe(true);

    act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    expect(panel.getAttribute('role')).toBe('region');
    expect(panel.getAttribute('aria-label')).toBe('Why together');

    act(() => toggle.click());
    expect(panel.hidden).toBe(true);
  });

  it('shows the rule id, its sentence and each piece of evidence as a label and its words', () => {
    render(<GroupReason group={together} />);
    act(() => button('Why together?').click());
    expect(dom.host.querySelector('.why-rule-id')?.textContent).toBe('event.same-action');
    expect(dom.host.querySelector('.why-rule-says')?.textContent).toBe(SAYS);
    const rows = [...dom.host.querySelectorAll('.why-evidence dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
    expect(rows).toEqual([
      ['Action', 'ratify'],
      ['Shared words', 'treaty, lakeside, <img src=x onerror="alert(1)">'],
      ['Likeness', '0.61 of 1'],
    ]);
    // Words from a source are text: markup in them makes no element.
    expect(dom.host.querySelector('img')).toBeNull();
  });

  it('asks "Why in conflict?" for a conflict, and says so when a rule kept no evidence', () => {
    render(
      <GroupReason
        group={{ ...together, relation: 'conflict', rule: 'figure.different-value', ruleSays: 'Two sources give different figures.', evidence: undefined, evidenceItems: [] }}
      />,
    );
    const toggle = button('Why in conflict?');
    act(() => toggle.click());
    expect(dom.host.querySelector('[role="region"]')?.getAttribute('aria-label')).toBe('Why in conflict');
    expect(dom.host.querySelector('.why-rule-id')?.textContent).toBe('figure.different-value');
    expect(dom.host.querySelector('.why-evidence')).toBeNull();
    expect(dom.host.querySelector('.why-none')?.textContent).toMatch(/No further evidence/);
  });
});

describe('groupHeadline', () => {
  it('keeps a reason that does not quote its rule, and does not repeat a rule sentence the panel shows', () => {
    expect(groupHeadline({ relation: 'corroborated', reason: '3 sources give 12 ships for the fleet.', ruleSays: 'Same figure.' }, 3)).toBe(
      '3 sources give 12 ships for the fleet.',
    );
    const quoting = { reason: `2 sources: ${SAYS} [event.same-action: ratify; likeness 0.6]`, ruleSays: SAYS };
    expect(groupHeadline({ ...quoting, relation: 'corroborated' }, 2)).toBe('2 sources report this.');
    expect(groupHeadline({ ...quoting, relation: 'conflict' }, 2)).toBe(SAYS);
  });
});

function fact(id: string, sourceId: string, text: string): Fact {
  return { id, sourceId, text, start: 0, end: text.length, kind: 'agreement', values: [], entities: [], subject: 'treaty' };
}
function view(f: Fact): FactView {
  return {
    fact: f,
    sourceFileName: `${f.sourceId}.txt`,
    sourceTitle: null,
    decision: null,
    status: 'unverified',
    suggestedCredibility: 1,
    groupIds: ['grp_a'],
    inConflict: false,
    corroborated: true,
    supportCount: 2,
  };
}

describe('the evidence pane', () => {
  // Which groups a fact is in is the back end's answer (factsDetail; tests/unit/node/service).
  it('puts "Why together?" in each group of the fact shown, with the other member quoted', () => {
    const a = view(fact('fact_1', 'src_a', 'Lakeside and Marrow ratified the treaty.'));
    const b = view(fact('fact_2', 'src_b', 'The treaty was ratified by Lakeside and Marrow.'));
    const noop = () => {};
    // The evidence pane of fact a with these groups (the handlers do nothing here).
    const pane = (groups: GroupView[]) => (
      <FactEvidence
        detail={{ view: a, groups, members: [b] }}
        selectedCount={1}
        sourceById={new Map()}
        busy={false}
        onVerify={noop}
        onReject={noop}
        onReset={noop}
        onCredibility={noop}
        onNote={noop}
        onOpenFact={noop}
        onCompare={noop}
      />
    );
    render(pane([together]));
    const group = dom.host.querySelector('[aria-label="Corroboration"]')!;
    expect(group.textContent).toContain('2 sources report the ratification.');
    expect(group.querySelectorAll('button.why-toggle')).toHaveLength(1);
    expect(dom.host.querySelectorAll('button.why-toggle')).toHaveLength(1);
    act(() => button('Why together?').click());
    expect(group.querySelector('.why-rule-says')?.textContent).toBe(SAYS);
    expect(group.textContent).toContain('The treaty was ratified by Lakeside and Marrow.');

    // A reason that quotes its rule: the heading counts the sources, the sentence shows once.
    render(pane([{ ...together, reason: `2 sources: ${SAYS} [event.same-action: ratify]` }]));
    expect(dom.host.querySelector('.evidence-group h3')?.textContent).toBe('corroborated 2 sources report this.');
    expect(dom.host.textContent!.split(SAYS)).toHaveLength(2);
    // Only the first members of a large group come with the evidence: the rest are counted.
    render(pane([{ ...together, factIds: ['fact_1', 'fact_2', 'fact_3', 'fact_4'] }]));
    expect(dom.host.querySelectorAll('button.group-member')).toHaveLength(1);
    expect(dom.host.querySelector('.group-more')?.textContent).toBe('And 2 other facts: Compare shows what every source says.');
    render(pane([together]));
    expect(dom.host.querySelector('.group-more')).toBeNull();
  });
});
