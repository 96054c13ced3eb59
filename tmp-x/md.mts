import { readFileSync } from 'node:fs';
import { readSource } from '../src/node/ingest/readSource';
import { extractFacts } from '../src/core/extract';
const sample = readFileSync('resources/samples/001_4e6e06b261fcc8c0.txt', 'utf8');
for (const [name, body] of [['with-fm.md', `---\ntitle: Japan and Vietnam\ndate: 2025-04-27\n---\n\n# Japan and Vietnam\n\n${sample}`], ['no-fm.md', sample], ['heading.md', `# Japan and Vietnam\n\n${sample}`], ['fm-only-date.md', `---\ndate: 2025-04-27\n---\n\n${sample}`]]) {
  const r = await readSource({ fileName: name, bytes: new TextEncoder().encode(body) });
  const facts = extractFacts({ sourceId: 's', text: r.cleaned.text, lang: 'en', meta: r.cleaned.meta } as never) as unknown as unknown[];
  console.log(name, 'text', r.cleaned.text.length, 'removed', r.cleaned.removed.length, JSON.stringify(r.cleaned.meta).slice(0,200), 'facts', facts.length);
}
