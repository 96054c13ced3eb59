// Candidates of both grouping layers are put in the order of their facts' ids. A comparator
// calls back into JavaScript for each of the n·log n comparisons of a 100,000-fact project; the
// built-in sort of strings, with no comparator, compares in the engine, in the same order (UTF-16
// code units, as `<` compares strings), and is stable, as the comparator's sort was.

/** `items` in ascending order of `idOf` (as `<` orders strings), items of one id in their given order. */
export function sortedById<T>(items: readonly T[], idOf: (item: T) => string): T[] {
  const first = new Map<string, T>();
  /** The items after the first of an id, where an id is given more than once. */
  const more = new Map<string, T[]>();
  const ids: string[] = [];
  for (const item of items) {
    const id = idOf(item);
    if (!first.has(id)) {
      first.set(id, item);
      ids.push(id);
    } else {
      const list = more.get(id);
      if (list) list.push(item);
      else more.set(id, [item]);
    }
  }
  ids.sort();
  const out: T[] = [];
  for (const id of ids) {
    out.push(first.get(id)!);
    const rest = more.get(id);
    if (rest) out.push(...rest);
  }
  return out;
}
