import { describe, expect, it } from 'vitest';
import { projectPathsIn } from '../../../src/main/commandLine';

describe('projectPathsIn', () => {
  it('picks the .attache files, resolved against the launching folder, once each', () => {
    const argv = [
      '/usr/bin/attache',
      '--no-sandbox-or-other-switch',
      'notes.txt',
      'Brief.ATTACHE',
      '/abs/Other.attache',
      'Brief.ATTACHE',
      '--flag=x.attache',
    ];
    expect(projectPathsIn(argv, '/home/analyst/work')).toEqual(['/home/analyst/work/Brief.ATTACHE', '/abs/Other.attache']);
  });

  it('finds nothing in a plain launch', () => {
    expect(projectPathsIn(['/usr/bin/electron', 'out/main/index.js'], '/repo')).toEqual([]);
  });
});
