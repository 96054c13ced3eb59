// A drop is a project to open, sources to add, or a mix Attaché refuses to guess at.
import { describe, expect, it } from 'vitest';
import { dropKindOf } from '../../../src/renderer/src/droppedProject';

const file = (name: string) => new File(['x'], name);

describe('dropKindOf', () => {
  it('opens a lone project file, whatever the case of its extension', () => {
    const project = file('Mekong.ATTACHE');
    expect(dropKindOf([project])).toEqual({ kind: 'project', file: project });
  });

  it('adds anything else as sources', () => {
    const files = [file('a.txt'), file('b.pdf'), file('notes.attache.txt')];
    expect(dropKindOf(files)).toEqual({ kind: 'sources', files });
  });

  it('refuses a project dropped with sources, and two projects, naming what to do', () => {
    expect(dropKindOf([file('Mekong.attache'), file('a.txt')])).toEqual({
      kind: 'refused',
      message: expect.stringMatching(/^Mekong\.attache is a project and was dropped with other files\. Drop the project on its own/),
    });
    expect(dropKindOf([file('A.attache'), file('B.attache')])).toEqual({ kind: 'refused', message: expect.stringMatching(/^2 project files were dropped/) });
  });
});
