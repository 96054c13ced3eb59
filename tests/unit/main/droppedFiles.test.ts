import { describe, expect, it } from 'vitest';
import { DROP_TTL_MS, DroppedFiles, notDroppedMessage } from '../../../src/main/droppedFiles';

describe('DroppedFiles', () => {
  it('lets a window import the paths its preload announced, once', () => {
    const drops = new DroppedFiles();
    expect(drops.announce(1, { paths: ['/home/me/a.txt', '/home/me/b.pdf'] })).toBe(true);
    expect(drops.claim(1, ['/home/me/b.pdf'])).toEqual([]);
    expect(drops.claim(1, ['/home/me/a.txt'])).toEqual(['/home/me/a.txt']);
  });

  it('names the paths that were not dropped and keeps the drop for a correct claim', () => {
    const drops = new DroppedFiles();
    drops.announce(1, { paths: ['/home/me/a.txt'] });
    expect(drops.claim(1, ['/home/me/a.txt', '/etc/shadow'])).toEqual(['/etc/shadow']);
    expect(drops.claim(1, ['/home/me/a.txt'])).toEqual([]);
  });

  it('keeps each window’s drop to itself, and a new drop replaces the last', () => {
    const drops = new DroppedFiles();
    drops.announce(1, { paths: ['/one.txt'] });
    drops.announce(2, { paths: ['/two.txt'] });
    expect(drops.claim(1, ['/two.txt'])).toEqual(['/two.txt']);
    drops.announce(2, { paths: ['/three.txt'] });
    expect(drops.claim(2, ['/two.txt'])).toEqual(['/two.txt']);
    expect(drops.claim(2, ['/three.txt'])).toEqual([]);
    drops.forget(1);
    expect(drops.claim(1, ['/one.txt'])).toEqual(['/one.txt']);
  });

  it('forgets a drop that was not used soon after', () => {
    let now = 1_000;
    const drops = new DroppedFiles(() => now);
    drops.announce(1, { paths: ['/a.txt'] });
    now += DROP_TTL_MS + 1;
    expect(drops.claim(1, ['/a.txt'])).toEqual(['/a.txt']);
  });

  it('takes only well-formed announcements', () => {
    const drops = new DroppedFiles();
    for (const bad of [
      null,
      '/a.txt',
      { paths: [] },
      { paths: [''] },
      { paths: ['/a', 3] },
      { paths: ['/a'], more: 1 },
    ]) {
      expect(drops.announce(1, bad)).toBe(false);
    }
    expect(drops.claim(1, ['/a'])).toEqual(['/a']);
  });

  it('explains the refusal in a person’s words', () => {
    expect(notDroppedMessage(['/x'])).toMatch(/^One file was not dropped on this window/);
    expect(notDroppedMessage(['/x', '/y'])).toMatch(/^2 files were not dropped/);
  });
});
