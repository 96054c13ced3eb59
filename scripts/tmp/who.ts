import { readFileSync } from 'node:fs';
import { whosWho } from '../../src/core/whosWho';
const p = JSON.parse(readFileSync(process.argv[2]!, 'utf8'));
for (const e of whosWho(p.facts)) if (e.variants.length > 1 && e.type === 'person') console.log(e.type, e.name, '|', e.variants.map((v: any) => `${v.name}(${v.count})`).join(', '));
