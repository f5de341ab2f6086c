/**
 * The publication date: the date printed between the headline and the body (or right
 * after the body), ranked by its label (a creation date over an unlabelled one over a
 * "last updated" one); a machine-readable date (article:published_time, JSON-LD,
 * `<time datetime>`) adds the time of day when it falls on the same day, and stands in
 * when nothing is printed.
 */
import { OTHER_DATE_LABELS, PUBLISHED_DATE_LABELS, UPDATED_DATE_LABELS } from '../lexicon/dates.js';
import type { Block } from '../blocks/index.js';
import { parseForeignDate, parseVietnameseDate } from '../text/dates.js';
import type { PageMetadata } from '../metadata/index.js';
import { DATE_LINE_MAX } from '../tuning.js';

/** How a printed date is labelled. */
export type DateLabel = 'published' | 'updated' | 'other' | 'none';


function includesLabel(lower: string, labels: readonly string[]): boolean {
  return labels.some((l) => lower.includes(l));
}

/** The label of a line that carries a date. */
function dateLabel(text: string): DateLabel {
  const lower = text.toLowerCase();
  if (includesLabel(lower, OTHER_DATE_LABELS)) return 'other';
  if (includesLabel(lower, PUBLISHED_DATE_LABELS)) return 'published';
  if (includesLabel(lower, UPDATED_DATE_LABELS)) return 'updated';
  return 'none';
}


function sameDay(a: string, b: string): boolean {
  return a.slice(0, 10) === b.slice(0, 10);
}

function machineDate(meta: PageMetadata): string | null {
  const candidates = [meta.publishedTime, ...meta.timeElements.filter((t) => t.published).map((t) => t.datetime)];
  for (const c of candidates) {
    // Some sites write the machine-readable date in words ("Mon, 18 Nov 2019 16:07:38 -0600").
    const d = c ? parseVietnameseDate(c) ?? parseForeignDate(c) : null;
    if (d) return d;
  }
  return null;
}

/**
 * The best-labelled date among lines; with `labelledOnly`, unlabelled dates (list items) are
 * ignored; with `foreign`, dates written with a foreign month name count too ("Nov 19, 2019").
 */
function bestPrinted(lines: readonly Block[], labelledOnly = false, foreign = false): string | null {
  const rank: Record<DateLabel, number> = { published: 3, none: 2, updated: 1, other: 0 };
  let best: string | null = null;
  let bestRank = 0;
  for (const b of lines) {
    if (b.kind !== 'text' || b.text.length > DATE_LINE_MAX) continue;
    const d = parseVietnameseDate(b.text) ?? (foreign ? parseForeignDate(b.text) : null);
    if (!d) continue;
    const label = dateLabel(b.text);
    if (labelledOnly && (label === 'none' || label === 'other')) continue;
    if (rank[label] > bestRank) { best = d; bestRank = rank[label]; }
  }
  return best;
}

/** A printed day made precise by a machine-readable time of the same day, when there is one. */
function withTime(printed: string, machine: string | null, meta: PageMetadata): string {
  if (printed.length > 10) return printed;
  if (machine && sameDay(printed, machine) && machine.length > 10) return machine;
  for (const t of meta.timeElements) {
    const d = parseVietnameseDate(t.datetime);
    if (d && d.length > 10 && sameDay(printed, d)) return d;
  }
  return printed;
}

/** Where printed dates may stand, nearest to the headline first. */
export interface DateContext {
  /** Lines between the headline and the body. */
  header: readonly Block[];
  /** Datelines just above the headline (a date header, a line under the breadcrumb). */
  above: readonly Block[];
  /** A few lines after the body. */
  trailer: readonly Block[];
  /** The closing credit lines of the body ("Minh Trí – 19/08/2024 15:40"). */
  signature?: readonly Block[];
}

/**
 * Finds the publication date: a date printed between the headline and the body; else the
 * machine-readable one; else a dateline just above the headline; else the date of a
 * closing signature; else a labelled date just after the body ("Ngày đăng: ..."), never an unlabelled one there (those are the
 * dates of "other news" lists).
 */
export function findDate(ctx: DateContext, meta: PageMetadata, pageUrl?: string | null): string | null {
  const machine = machineDate(meta);
  // A date in a foreign language's words is read only where the page declares none: its
  // labels ("Updated …") are not known here, the declared date is.
  const printed = bestPrinted(ctx.header) ?? (machine ? null : bestPrinted(ctx.header, false, true)
    ?? bestPrinted(ctx.above) ?? bestPrinted(ctx.signature ?? []) ?? bestPrinted(ctx.trailer, true));
  if (printed) return withTime(printed, machine, meta);
  if (machine) return machine;
  // The <time> elements of the page, when nothing marks them as the publication date.
  const first = meta.timeElements[0];
  const timed = first ? parseVietnameseDate(first.datetime) ?? parseForeignDate(first.datetime) : null;
  return timed ?? urlDate(pageUrl ?? meta.canonical);
}

// News sites put the day of publication in the article's address ("/2019/11/19/slug").
const URL_DATE = /\/((?:19|20)\d{2})[/-](\d{2})[/-](\d{2})(?=[/-])/u;

/** The day an article's address names, as a last resort. */
function urlDate(url: string | null | undefined): string | null {
  const m = url ? URL_DATE.exec(url.replace(/[?#].*$/u, '')) : null;
  return m ? parseVietnameseDate(`${m[1]}-${m[2]}-${m[3]}`) : null;
}
