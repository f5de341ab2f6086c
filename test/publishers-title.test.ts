/**
 * Issue 14, publishers' pages: the declared title as evidence for the headline. A section's or
 * a widget's heading that matches none of the declared title does not beat a heading printed
 * exactly as declared a few lines into the body; a section label declared before the headline
 * ("Opinion | …") does not keep it from matching; the parts of a declared title that name the
 * site (`og:site_name`, the host) come off it when no line prints the headline. Small pages of
 * our own, and real pages from ../shared (skipped with a message when absent).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { READABILITY_PAGES, SCRAPINGHUB, corpusMissing, readabilityPage, scrapinghubPage } from './helpers/corpora.js';
import { extract } from '../src/index.js';
import { sotttArticles, sotttRoot, SOTTTT_MISSING } from '../scripts/lib/sotttt.js';

const PROSE = '<p>Parents have been told for years to avoid giving foods containing peanuts to babies for fear of triggering an allergy, but a new study suggests the opposite may be true.</p>'
  + '<p>Overall, about three percent of the children who ate peanut snacks before their first birthday developed an allergy, compared with seventeen percent of those who did not.</p>';
const HEADLINE = 'Babies Who Eat Peanuts Early May Avoid Allergy';

describe('the declared title as evidence', () => {
  it('a section heading that matches none of it yields to the heading printed as declared further down', () => {
    const html = `<html><head><title>${HEADLINE}</title></head><body><div id="main">`
      + '<h1>Allergies Health Center</h1><div class="tools"><a href="/a">A</a> <a href="/b">A</a></div>'
      + '<p>Font Size</p><p>Email a Friend</p><p>Print Article</p><p>Reviewed by our staff</p>'
      + `<h2>${HEADLINE}</h2><p>By Brenda Goodman</p>${PROSE}</div></body></html>`;
    expect(extract(html).title).toBe(HEADLINE);
  });

  it('a section label declared before the headline ("Opinion | …") still matches the printed headline', () => {
    const html = `<html><head><meta property="og:title" content="Opinion | ${HEADLINE}"><title>Opinion | ${HEADLINE} - The Daily Example</title></head><body>`
      + '<div class="story"><p><a href="/opinion">Opinion</a></p><p><a href="/sub">Supported by</a></p><p><a href="#story">Continue reading the main story</a></p>'
      + `<h1>${HEADLINE}</h1>${PROSE}</div></body></html>`;
    expect(extract(html).title).toBe(HEADLINE);
  });

  it('without a printed headline, the site part comes off the declared title where the page names its site', () => {
    const page = (title: string, head: string) => `<html><head><title>${title}</title>${head}</head><body><div>${PROSE}</div></body></html>`;
    expect(extract(page('Mozilla - Wikipedia', '<meta property="og:site_name" content="Wikipedia">')).title).toBe('Mozilla');
    expect(extract(page('x', `<meta property="og:title" content="${HEADLINE} | Al Bawaba"><meta property="og:site_name" content="Al Bawaba">`)).title).toBe(HEADLINE);
    // A colon that is part of the headline is not a site separator when no part names the site.
    expect(extract(page('x', '<meta property="og:title" content="Fact Check: Is An Oxygen Bar Offering Fresh Air?">')).title)
      .toBe('Fact Check: Is An Oxygen Bar Offering Fresh Air?');
  });
});

describe('a heading that prints more than the headline', () => {
  const PARA = '<p>Security forces stormed the building, freeing hostages and ending a siege that had lasted for several hours, officials said on Wednesday evening in the capital city.</p>'
    + '<p>The assault could heighten tensions in a nation that has become deeply divided over the past four years, analysts said, as the government promised a full inquiry.</p>';
  const pg = (head: string, h: string) => extract(`<html><head>${head}</head><body><nav><a href="/">Home</a></nav><article>${h}<div class="body">${PARA}</div></article></body></html>`).title;
  const NEWS = 'Council approves the new budget for schools';
  it('a kicker run into the headline in one <h1>: the headline is the part declared', () => {
    expect(pg('<meta property="og:title" content="«Die israelische Armee greift an»">', '<h1><span class="kicker">Eskalation im Nahen Osten</span> «Die israelische Armee greift an»</h1>'))
      .toBe('«Die israelische Armee greift an»');
  });
  it('a share widget\'s or a section\'s label set off by a colon', () => {
    expect(pg(`<meta property="og:title" content="${NEWS}">`, `<h2>Share this Story : ${NEWS}</h2>`)).toBe(NEWS);
    expect(pg(`<title>${NEWS} - Daily</title>`, `<h1>Politics: ${NEWS}</h1>`)).toBe(NEWS);
  });
  it('the label stays where the page declares it too ("Fact Check: …")', () => {
    expect(pg(`<title>Fact Check: ${NEWS} - Daily</title>`, `<h1>Fact Check: ${NEWS}</h1>`)).toBe(`Fact Check: ${NEWS}`);
  });
});

describe.skipIf(!!corpusMissing(READABILITY_PAGES, "the real publishers' title checks"))('real pages (../shared/corpora/readability-test-pages)', () => {
  const read = (name: string) => extract(readabilityPage(name), { url: 'http://fakehost/test/page.html' });
  it('a section heading or an editor widget does not beat the headline printed as declared', () => {
    expect(read('webmd-1').title).toBe('Babies Who Eat Peanuts Early May Avoid Allergy');
    expect(read('webmd-2').title).toBe('Superbugs: What They Are and How You Get Them');
    expect(read('keep-images').title).toBe('Inside the Deep Web Drug Lab');
  });
});

describe.skipIf(!!corpusMissing(SCRAPINGHUB, "the ScrapingHub title checks"))('real pages (../shared/corpora/scrapinghub)', () => {
  const read = (prefix: string) => {
    const p = scrapinghubPage(prefix);
    return extract(p.html, { url: p.url });
  };
  it('the headline below a section label and share widgets', () => {
    expect(read('04a6711c').title).toBe('Republicans Are Following Trump to Nowhere');
    expect(read('65bf3048').title).toBe('16-inch MacBook Pro review: The keyboard is probably enough to convince those waiting');
  });
});

const portal = sotttRoot();
describe.skipIf(!portal)('real portal pages (../shared/corpora/sotttt-hanoi)', () => {
  if (!portal) console.warn(SOTTTT_MISSING);
  const SLUGS = ['lich-to-chuc-tuyen-dung-vien-chuc-nam-2015.html', 'to-chuc-on-tap-thi-tuyen-cong-chuc-nam-2013.html', 'dich-vu-cong-truc-tuyen-hoat-dong-tro-lai.html'];
  it('the module\'s heading ("Tin tức nổi bật") does not beat the headline printed as <title> further down; the headline leaves the text', () => {
    const pages = portal ? sotttArticles().filter((p) => SLUGS.some((s) => p.endsWith(s))) : [];
    expect(pages.length).toBeGreaterThanOrEqual(SLUGS.length);
    for (const path of pages) {
      const a = extract(readFileSync(join(portal!, path)));
      expect(a.title).not.toBe('Tin tức nổi bật');
      expect(a.title.length).toBeGreaterThan(20);
      expect(a.text.startsWith(a.title)).toBe(false);
    }
  });
});
