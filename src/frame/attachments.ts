/**
 * Links to attached documents inside an article: a paragraph that is mostly such links
 * ("(Phiếu đăng ký …, Quyết định số 1156/QĐ-UBND …; Thông báo số 87/TB-UBND kèm theo)",
 * "Nội dung chi tiết văn bản tại đây.") is part of the text, not a link list.
 */
import type { Element } from 'domhandler';
import { ATTACHMENT_FILE_TYPES, ATTACHMENT_LINK_CUES, DOCUMENT_TYPES } from '../lexicon/legal.js';
import { attr, isElement, textContent } from '../parse/dom.js';
import { lowerCase, startsWithCue } from '../text/match.js';
import { ATTACHMENT_LINK_SHARE } from '../tuning.js';

const FILE_HREF = new RegExp(String.raw`\.(?:${ATTACHMENT_FILE_TYPES.join('|')})(?:$|[?#])`, 'i');
const LOWER_TYPES = DOCUMENT_TYPES.map(lowerCase);

function anchors(el: Element, out: Element[]): Element[] {
  const stack: Element[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.name === 'a') { out.push(n); continue; }
    for (const c of n.children) if (isElement(c)) stack.push(c);
  }
  return out;
}

/** True when a link points to, or names, an attached document. */
function attachmentLink(a: Element, text: string): boolean {
  const href = attr(a, 'href') ?? '';
  if (FILE_HREF.test(href)) return true;
  const lower = lowerCase(text);
  return startsWithCue(lower.replace(/^[\s(*•-]+/u, ''), LOWER_TYPES) !== undefined || ATTACHMENT_LINK_CUES.some((c) => lower.includes(c));
}

/** True when most of the link text under `el` is links to attached documents. */
export function citesAttachments(el: Element): boolean {
  let all = 0, attached = 0;
  for (const a of anchors(el, [])) {
    const text = textContent(a).trim();
    all += text.length;
    if (attachmentLink(a, text)) attached += text.length;
  }
  return all > 0 && attached >= all * ATTACHMENT_LINK_SHARE;
}
