/**
 * Hostile nesting at full size (issue 12): CPU time of `extract` on pages of about 900 KB that
 * repeat one nesting pattern, against a flat page of the same size. Each case runs in its own
 * child process (a quadratic parse cannot hold up the others; CASE_TIMEOUT_MS, default 120 s).
 *
 *   node --import tsx bench/nesting.mjs            # every case
 *   node --import tsx bench/nesting.mjs --case ul-li
 */
import { spawn } from 'node:child_process';

const SIZE = 900 * 1024;
const TIMEOUT_MS = Number(process.env.CASE_TIMEOUT_MS ?? 120_000);
const SENTENCE = '<p>Ủy ban nhân dân phường đã tổ chức ra quân.</p>';
const PATTERNS = {
  'table-tbody-tr-td': '<table><tbody><tr><td>',
  'ul-li': '<ul><li>',
  'dl-dt-dd': '<dl><dt><dd>',
  'p-div-/p': '<p><div></p>',
  'div-svg-/div': '<div><svg></div>',
  'select-option': '<select><option>',
  'ruby-rt': '<ruby><rt>',
  'b': '<b>',
  'font-a-span-li-p-td': '<font color=red><a href="#x"><span><li><p><td>',
  'blockquote-i': '<blockquote><i>',
  'divs-then-stray-ends': null, // 1,100 divs, then `</x>` to the size
  'flat-peer': null, // the same size of closed paragraphs
};

function page(name) {
  if (name === 'divs-then-stray-ends') return '<div>'.repeat(1100) + '</x>'.repeat((SIZE - 5500) / 4) + SENTENCE;
  if (name === 'flat-peer') return SENTENCE.repeat(Math.floor(SIZE / SENTENCE.length));
  const unit = PATTERNS[name];
  return unit.repeat(Math.floor(SIZE / unit.length)) + SENTENCE;
}

async function runCase(name) {
  const { extract } = await import('../src/extract.ts');
  const html = page(name);
  const t = process.cpuUsage();
  let result;
  try {
    result = `text ${extract(html).text.length} chars`;
  } catch (e) {
    result = `${e.name}: ${e.message.slice(0, 60)}`;
  }
  const u = process.cpuUsage(t);
  console.log(`${name.padEnd(22)} ${(html.length / 1024).toFixed(0).padStart(5)} KB  ${((u.user + u.system) / 1e6).toFixed(2).padStart(7)} s CPU  ${result}`);
}

const at = process.argv.indexOf('--case');
if (at >= 0) await runCase(process.argv[at + 1]);
else {
  for (const name of Object.keys(PATTERNS)) {
    await new Promise((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', new URL(import.meta.url).pathname, '--case', name], { stdio: 'inherit' });
      const timer = setTimeout(() => { child.kill('SIGKILL'); console.log(`${name.padEnd(22)} over ${TIMEOUT_MS / 1000} s: killed`); }, TIMEOUT_MS);
      child.on('exit', () => { clearTimeout(timer); resolve(); });
    });
  }
}
