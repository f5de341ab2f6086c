import { readFileSync, readdirSync } from 'node:fs';
import { extract } from '../src/extract.js';
const dir = 'fixtures/ward';
const only = process.argv[2];
for (const id of readdirSync(dir)) {
  if (only && !id.includes(only)) continue;
  const exp = JSON.parse(readFileSync(`${dir}/${id}/expected.json`, 'utf8'));
  const a = extract(readFileSync(`${dir}/${id}/page.html`), { url: exp.url });
  const ok = (k: string, v: unknown) => (JSON.stringify(v) === JSON.stringify(exp[k]) ? 'ok' : `XX ${JSON.stringify(v)} vs ${JSON.stringify(exp[k])}`);
  console.log(id);
  for (const k of ['title', 'publishedAt', 'author', 'source']) console.log('  ', k, ok(k, (a as any)[k]));
  const heads = a.sections.map((s) => s.heading).filter(Boolean);
  console.log('   headings', ok('headings', heads));
  console.log('   text', a.text === exp.text ? 'ok' : `XX len ${a.text.length} vs ${exp.text.length}`);
  if (only) { console.log(a.text); console.log(a.lead, a.images); }
}
