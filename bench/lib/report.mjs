// Small shared helpers: command-line flags, statistics, table printing, machine description.
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

/** `--name` present on the command line. */
export const flag = (name, argv = process.argv) => argv.includes(`--${name}`);

/** Value of `--name <value>`, else `dflt`. */
export function option(name, dflt, argv = process.argv) {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : dflt;
}

/** The q-quantile (0..1) of numbers, linear interpolation between closest ranks. */
export function quantile(xs, q) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

/** Sum of numbers. */
export const sum = (xs) => xs.reduce((a, b) => a + b, 0);
/** Arithmetic mean (NaN for none). */
export const mean = (xs) => (xs.length ? sum(xs) / xs.length : NaN);

/**
 * A table as aligned plain text or as GitHub markdown.
 * @param {string[]} head
 * @param {(string|number)[][]} rows
 * @param {boolean} markdown
 */
export function table(head, rows, markdown) {
  const cells = rows.map((r) => r.map(String));
  if (markdown) {
    const line = (r) => `| ${r.join(' | ')} |`;
    const align = head.map((_, i) => (i === 0 ? '---' : '---:'));
    return [line(head), line(align), ...cells.map(line)].join('\n');
  }
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i].length)));
  const pad = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [pad(head), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(pad)].join('\n');
}

/** Fixed decimals, or an en dash for a missing number. */
export const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '–');

/** CPU model, core count, Node version, date: the facts that make numbers comparable. */
export function machine() {
  let model = cpus()[0]?.model ?? 'unknown';
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) model = m[1].trim();
  } catch { /* not Linux: os.cpus() is the best we have */ }
  return {
    cpu: model,
    cores: cpus().length,
    node: process.version,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  };
}

/** One line describing the machine. */
export function machineLine() {
  const m = machine();
  return `Machine: ${m.cpu}, ${m.cores} cores (nproc), Node ${m.node}, ${m.date}`;
}
