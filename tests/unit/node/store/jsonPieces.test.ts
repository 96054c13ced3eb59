// A project saved in pieces (jsonPieces.ts) is the very text JSON.stringify writes: any shape of
// value, any characters, any piece size; and no piece holds much more than its size.
import fc from 'fast-check';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonPieces, piecesChars } from '../../../../src/node/store/jsonPieces';
import { writeFileAtomic } from '../../../../src/node/store/atomicWrite';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attache-pieces-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Text with what JSON escapes or widens: quotes, controls, curly quotes, CJK, emoji, lone surrogates. */
const awkward = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('"', '\\', '\n', '\u2028', '’', '\ud800', '\udfff', '😀', '越南', '\u0000'),
);

const element = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    awkward,
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(awkward, tie('value'), { maxKeys: 4 }),
  ),
})).value;

const projectLike = fc.dictionary(
  fc.oneof(awkward, fc.constantFrom('sources', 'facts', 'groups', '0', '10', '__proto__x')),
  fc.oneof(element, fc.array(element, { maxLength: 30 }), fc.constant(() => 1)),
  { maxKeys: 8 },
);

describe('jsonPieces', () => {
  it('joins to JSON.stringify’s text for any object and any piece size', () => {
    fc.assert(
      fc.property(projectLike, fc.integer({ min: 1, max: 200 }), (value, size) => {
        const pieces = jsonPieces(value, size);
        expect(pieces.join('')).toBe(JSON.stringify(value));
        expect(piecesChars(pieces)).toBe(JSON.stringify(value).length);
      }),
      { numRuns: 400 },
    );
  });

  it('writes arrays element by element: pieces stay near their size, a large element is one piece', () => {
    const facts = Array.from({ length: 5_000 }, (_, i) => ({ id: `fact_${i}`, text: `Sentence ${i} with ‘quotes’.`, at: [i, i + 10] }));
    const big = 'x'.repeat(50_000);
    const project = { schemaVersion: 3, name: 'P', sources: [{ id: 's', originalText: big }], facts, groups: [], brief: null, gone: undefined };
    const pieces = jsonPieces(project, 4_096);
    expect(pieces.join('')).toBe(JSON.stringify(project));
    const longest = Math.max(...JSON.stringify(facts).split('},{').map((e) => e.length + 3));
    for (const piece of pieces) expect(piece.length < 4_096 + longest || piece.includes(big)).toBe(true);
    expect(pieces.length).toBeGreaterThan(JSON.stringify(facts).length / 4_096 - 1);
  });

  it('leaves anything but a plain object to JSON.stringify whole (toJSON, arrays, scalars)', () => {
    const withToJson = { toJSON: () => ({ replaced: true }), facts: [1, 2] };
    expect(jsonPieces(withToJson)).toEqual([JSON.stringify(withToJson)]);
    const arrayWithToJson = Object.assign([1, 2], { toJSON: () => 'whole' });
    expect(jsonPieces({ facts: arrayWithToJson }).join('')).toBe(JSON.stringify({ facts: arrayWithToJson }));
    expect(jsonPieces([1, 'a'])).toEqual(['[1,"a"]']);
    expect(jsonPieces({ when: new Date(0) }).join('')).toBe(JSON.stringify({ when: new Date(0) }));
  });

  it('reaches disk as the bytes JSON.stringify would have written', async () => {
    const project = { name: 'Hà Nội ’24 😀', facts: Array.from({ length: 3_000 }, (_, i) => ({ id: i, text: `Tô Lâm met ${i} “officials”.` })) };
    const file = join(dir, 'p.attache');
    await writeFileAtomic(file, jsonPieces(project, 1_000));
    expect((await readFile(file)).equals(Buffer.from(JSON.stringify(project), 'utf8'))).toBe(true);
  });
});
