// Plain text of an HTML fragment, for the peers that return HTML content (defuddle,
// extractus): block elements become paragraph breaks, so words of adjacent blocks never
// glue together (which would cost them shingles they earned).
import { parseDocument } from 'htmlparser2';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'button']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'thead', 'tfoot', 'tr', 'ul', 'caption',
]);
const CELL = new Set(['td', 'th']);

/** Text of `html` with `\n\n` between blocks, ` | ` between table cells, whitespace collapsed. */
export function htmlToText(html) {
  if (!html) return '';
  const out = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
    line = '';
  };
  const walk = (nodes) => {
    for (const n of nodes) {
      if (n.type === 'text') line += n.data;
      else if (n.type === 'tag' || n.type === 'script' || n.type === 'style') {
        const name = n.name.toLowerCase();
        if (SKIP.has(name)) continue;
        if (name === 'br') { line += '\n'; continue; }
        if (CELL.has(name)) {
          if (line.trim()) line += ' | ';
          walk(n.children);
          continue;
        }
        const block = BLOCK.has(name);
        if (block) flush();
        walk(n.children);
        if (block) flush();
      }
    }
  };
  walk(parseDocument(html, { decodeEntities: true }).children);
  flush();
  return out.join('\n\n');
}
