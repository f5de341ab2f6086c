/**
 * The publication date: the date printed between the headline and the body (or right
 * after the body), ranked by its label (a creation date over an unlabelled one over a
 * "last updated" one); a machine-readable date (article:published_time, JSON-LD,
 * `<time datetime>`) adds the time of day when it falls on the same day, and stands in
 * when nothing is printed.
 */
import { OTHER_DATE_LABELS, PUBLISHED_DATE_LABELS, UPDATED_DATE_LABELS } from '../lexicon/byline.js';
import type { Block } from '../structure/blocks.js';
import { parseVietnameseDate } from '../text/dates.js';
import type { PageMetadata } from './metadata.js';

/** How a printed date is labelled. */
export type DateLabel = 'published' | 'updated' | 'other' | 'none';

const WORDS = /[\p{L}]+/gu;
const DATE_BITS = /\d{1,4}\s*(?:[/.:-]\s*\d{1,4})*|(?<!\p{L})(?:thứ|chủ nhật|ngày|tháng|năm|lúc|giờ|sa|ch|am|pm|gmt|hai|ba|tư|sáu|bảy|cn)(?!\p{L})|[(),|+-]/giu;

function includesLabel(lower: string, labels: readonly string[]): boolean {
  return labels.some((l) => lower.includes(l));
}

/** The label of a line that carries a date. */
export function dateLabel(text: string): DateLabel {
  const lower = text.toLowerCase();
  if (includesLabel(lower, OTHER_DATE_LABELS)) return 'other';
  if (includesLabel(lower, PUBLISHED_DATE_LABELS)) return 'published';
  if (includesLabel(lower, UPDATED_DATE_LABELS)) return 'updated';
  return 'none';
}

/** Number of words left in a lower-cased line once dates, times, weekdays and the given phrases are taken out. */
export function wordsBesides(lower: string, phrases: readonly string[]): number {
  let left = lower;
  for (const p of phrases) if (left.includes(p)) left = left.split(p).join(' ');
  return left.replace(DATE_BITS, ' ').match(WORDS)?.length ?? 0;
}

function sameDay(a: string, b: string): boolean {
  return a.slice(0, 10) === b.slice(0, 10);
}

function machineDate(meta: PageMetadata): string | null {
  const candidates = [meta.publishedTime, ...meta.timeElements.filter((t) => t.published).map((t) => t.datetime)];
  for (const c of candidates) {
    const d = c ? parseVietnameseDate(c) : null;
    if (d) return d;
  }
  return null;
}

/**
 * Finds the publication date. `header` are the lines between the headline and the body,
 * `trailer` a few lines after the body.
 */
export function findDate(header: readonly Block[], trailer: readonly Block[], meta: PageMetadata): string | null {
  const rank: Record<DateLabel, number> = { published: 3, none: 2, updated: 1, other: 0 };
  let printed: string | null = null;
  let printedRank = 0;
  for (const group of [header, trailer]) {
    for (const b of group) {
      if (b.kind !== 'text' || b.text.length > 160) continue;
      const d = parseVietnameseDate(b.text);
      if (!d) continue;
      const label = dateLabel(b.text);
      if (rank[label] > printedRank) { printed = d; printedRank = rank[label]; }
    }
    if (printed) break;
  }
  const machine = machineDate(meta);
  if (printed && machine && sameDay(printed, machine) && printed.length < machine.length) return machine;
  if (printed) return printed;
  if (machine) return machine;
  // The <time> elements of the page, when nothing marks them as the publication date.
  const first = meta.timeElements[0];
  return first ? parseVietnameseDate(first.datetime) : null;
}
