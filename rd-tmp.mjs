import { readPage } from './build/electron/core/reader/index.js';
import fs from 'node:fs';
const only = process.argv[2];
for (const d of fs.readdirSync('../shared/pages')) {
  if (d.endsWith('.md') || (only && d !== only)) continue;
  const html = fs.readFileSync(`../shared/pages/${d}/source.html`, 'utf8');
  const t0 = performance.now();
  const r = readPage(html);
  const ms = performance.now() - t0;
  const art = r.blocks.filter(b => b.part === 'article');
  const parts = {};
  for (const b of r.blocks) parts[b.part] = (parts[b.part] ?? 0) + 1;
  console.log(d, ms.toFixed(0), r.reader, JSON.stringify(r.meta.title), JSON.stringify(r.meta.byline), r.meta.siteName, r.meta.published, r.meta.url, JSON.stringify(parts));
  if (only) for (const b of r.blocks) console.log(b.part.padEnd(10), b.heading ? 'H' : ' ', b.text.slice(0, 110));
}
