// @vitest-environment happy-dom
// The open's notices (ProjectInfo.notices) and the read-only tag: shown as text, dismissed until
// another open says something else, nothing at all for a project that needs no word.
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { reactRoot } from './reactRoot';
import type { ProjectInfo } from '../../../src/shared/api';
import { ProjectNotices, ReadOnlyTag } from '../../../src/renderer/src/ProjectNotices';

const plain: ProjectInfo = {
  path: '/p/Talks.attache',
  name: 'Talks',
  id: 'prj_1',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  sourceCount: 2,
  factCount: 10,
  saved: true,
  readOnly: false,
  notices: [],
};
const readOnly: ProjectInfo = {
  ...plain,
  readOnly: true,
  notices: ['Talks.attache is read-only: Attaché shows it but cannot change it.', 'a <img src=x onerror="alert(1)"> name'],
};

const dom = reactRoot();

const render = (project: ProjectInfo) =>
  act(() =>
    dom.root.render(
      <>
        <ReadOnlyTag project={project} />
        <ProjectNotices project={project} />
      </>,
    ),
  );
const region = () => dom.host.querySelector('section[aria-label="About this project"]');

describe('ProjectNotices', () => {
  it('shows nothing for a writable project with nothing to say', () => {
    render(plain);
    expect(dom.host.innerHTML).toBe('');
  });

  it('tags a read-only project and lists each notice as text', () => {
    render(readOnly);
    expect(dom.host.querySelector('.read-only-tag')?.textContent).toBe('Read-only');
    expect([...region()!.querySelectorAll('li')].map((li) => li.textContent)).toEqual(readOnly.notices);
    expect(dom.host.querySelector('img')).toBeNull();
  });

  it('stays dismissed for the same notices and shows new ones again', () => {
    render(readOnly);
    const dismiss = region()!.querySelector('button')!;
    expect(dismiss.textContent).toBe('Dismiss');
    act(() => dismiss.click());
    expect(region()).toBeNull();
    // The tag stays: the project is still read-only.
    expect(dom.host.querySelector('.read-only-tag')).not.toBeNull();
    render({ ...readOnly });
    expect(region()).toBeNull();
    render({ ...plain, notices: ['1 source(s) had no facts: a.txt was read again and now has 4 facts.'] });
    expect(region()?.textContent).toContain('a.txt was read again');
    expect(dom.host.querySelector('.read-only-tag')).toBeNull();
  });
});
