import { cleanArticle } from '../../src/core/clean';
import { extractFacts } from '../../src/core/extract';
import { corpusArticles } from '../../bench/corpus';
const arts = corpusArticles(Number(process.argv[2] ?? 300));
const t0 = process.cpuUsage();
let bytes = 0, facts = 0;
let cleanCpu = 0;
for (const [i, a] of arts.entries()) {
  const raw = (a as any).text ?? (a as any).body;
  bytes += Buffer.byteLength(raw);

  const c = cleanArticle(raw);

  facts += extractFacts({ sourceId: `s${i}`, text: c.text, publishedAt: c.meta.publishedAt ?? null }).length;
}
const u = process.cpuUsage(t0);
console.log({ MB: bytes / 1e6, facts, cpuS: (u.user + u.system) / 1e6, MBperCpuS: bytes / 1e6 / ((u.user + u.system) / 1e6), cleanShare: cleanCpu / u.user });
