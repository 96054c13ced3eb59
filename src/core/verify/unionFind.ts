// Union-find over candidate indices in an Int32Array, with path halving: the clusters of both
// grouping layers.
export class UnionFind {
  private parent: Int32Array;
  /** How many unions joined two sets so far: a view of the sets taken earlier is stale once it grows. */
  unions = 0;
  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
  }
  /** Sets given by each member's root (`roots[i]`, a root being its own): as `find` would give them. */
  static fromRoots(roots: Int32Array): UnionFind {
    const uf = new UnionFind(0);
    uf.parent = roots.slice();
    return uf;
  }
  /** Each member's root. */
  roots(): Int32Array {
    const out = new Int32Array(this.parent.length);
    for (let i = 0; i < out.length; i++) out[i] = this.find(i);
    return out;
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
    this.unions++;
  }
}
