// "1 fact", "2 facts": a count with its noun. A module of its own with no imports, so the CLI's
// command table (which loads nothing of the pipeline for `attache --help`) may use it too.
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
