// Stable, deterministic ids derived from content, so that re-extracting the same text gives the
// same fact ids and the analyst's decisions stay attached. Pure (no node:crypto): a 53-bit hash.

/** cyrb53: a fast, well-distributed non-cryptographic string hash. */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A short id with a readable prefix: `fact_3k9x…`. */
export function stableId(prefix: string, ...parts: Array<string | number>): string {
  const key = parts.join('\u241f');
  return `${prefix}_${hash53(key).toString(36).padStart(11, '0')}`;
}
