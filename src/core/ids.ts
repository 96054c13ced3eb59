// Stable, deterministic ids derived from content, so that re-extracting the same text gives the
// same fact ids and the analyst's decisions stay attached. Pure (no node:crypto): a 53-bit hash.

/**
 * cyrb53 read a piece at a time: hashing "a" then "b" is hashing "ab", so texts that begin
 * alike (every fact of one sentence) share the work of their common start (`copy`).
 */
export class Hash53 {
  private h1: number;
  private h2: number;
  constructor(seed = 0) {
    this.h1 = 0xdeadbeef ^ seed;
    this.h2 = 0x41c6ce57 ^ seed;
  }
  add(text: string): this {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
    return this;
  }
  copy(): Hash53 {
    const c = new Hash53();
    c.h1 = this.h1;
    c.h2 = this.h2;
    return c;
  }
  value(): number {
    const h1 = Math.imul(this.h1 ^ (this.h1 >>> 16), 2246822507) ^ Math.imul(this.h2 ^ (this.h2 >>> 13), 3266489909);
    const h2 = Math.imul(this.h2 ^ (this.h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
  }
}

/** cyrb53: a fast, well-distributed non-cryptographic string hash. */
export function hash53(text: string, seed = 0): number {
  return new Hash53(seed).add(text).value();
}

/** The separator of an id's parts (`stableId`). */
export const ID_PART_SEPARATOR = '\u241f';

/** The id of a hash of its parts: `prefix_` and the hash in base 36, eleven digits. */
export function idOf(prefix: string, hash: Hash53): string {
  return `${prefix}_${base36(hash.value()).padStart(11, '0')}`;
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A whole number below 2^53 in base 36, as Number#toString(36) writes it.
 * NOTE: by hand: toString(36) took a microsecond a call, and every fact and group has an id.
 */
export function base36(n: number): string {
  let out = '';
  do {
    const digit = n % 36;
    out = DIGITS[digit]! + out;
    n = (n - digit) / 36;
  } while (n > 0);
  return out;
}

/** A short id with a readable prefix: `fact_3k9x…`. */
export function stableId(prefix: string, ...parts: Array<string | number>): string {
  return idOf(prefix, new Hash53().add(parts.join(ID_PART_SEPARATOR)));
}
