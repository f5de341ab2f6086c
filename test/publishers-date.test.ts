/**
 * Issue 14, publishers' pages: the publication date where news sites put it. A declared date
 * written in words ("Mon, 18 Nov 2019 16:07:38 -0600"), a CMS's empty date ("0001-01-01")
 * that must not hide a real one, analytics tags as the last resort, a date printed with a
 * foreign month name where nothing is declared, and the day in the article's address.
 * Small pages of our own, and real pages from ../shared (skipped with a message when absent).
 */
import { describe, expect, it } from 'vitest';
import { READABILITY_PAGES, SCRAPINGHUB, corpusMissing, readabilityPage, scrapinghubPage } from './helpers/corpora.js';
import { extract } from '../src/index.js';
import { parseForeignDate } from '../src/text/dates.js';

const PROSE = '<p>Security forces stormed the building, freeing hostages and ending a siege that had lasted for several hours, officials said on Wednesday evening in the capital city.</p>'
  + '<p>The assault could heighten tensions in a nation that has become deeply divided over the past four years, analysts said, as the government promised a full inquiry.</p>';
const page = (head: string, header = '', url = 'https://news.example.org/world/attack.html') => extract(
  `<html lang="en"><head><title>Attack stokes fears in North Africa</title>${head}</head><body><article>`
  + `<h1>Attack stokes fears in North Africa</h1>${header}<div class="body">${PROSE}</div></article></body></html>`, { url });

describe('dates written with a foreign month name', () => {
  it('reads the day, and the instant when a zone is given', () => {
    expect(parseForeignDate('November 20, 2019 13:42')).toBe('2019-11-20');
    expect(parseForeignDate('19 Nov 2019 07:09 GMT')).toBe('2019-11-19T14:09:00+07:00');
    expect(parseForeignDate('Mon, 18 Nov 2019 16:07:38 -0600')).toBe('2019-11-19T05:07:38+07:00');
    expect(parseForeignDate('Tue Nov 19 2019 03:05:46 GMT+0000')).toBe('2019-11-19T10:05:46+07:00');
    expect(parseForeignDate('Aktualisiert am 4. Mai 2015')).toBe('2015-05-04');
    expect(parseForeignDate('18 de marzo de 2015')).toBe('2015-03-18');
    expect(parseForeignDate('Feb 30, 2019')).toBeNull();
    // Vietnamese "may" (to sew) is no month.
    expect(parseForeignDate('Công ty may mặc 5 2020')).toBeNull();
  });

  it('a declared date in words is the publication date', () => {
    expect(page('<meta property="article:published_time" content="Mon, 18 Nov 2019 16:07:38 -0600">').publishedAt).toBe('2019-11-19T05:07:38+07:00');
  });

  it('a CMS\'s empty date does not hide the one declared after it', () => {
    const a = page('<meta property="article:published_time" content="0001-01-01T00:00:00Z"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-11-19T10:00:00Z"}</script>');
    expect(a.publishedAt).toBe('2019-11-19T17:00:00+07:00');
  });

  it('analytics tags stand in only when nothing else declares the date', () => {
    const both = '<meta name="sailthru.date" content="2019-11-19 11:58:46"><meta property="article:published_time" content="2019-11-19T04:58:46Z">';
    expect(page(both).publishedAt).toBe('2019-11-19T11:58:46+07:00');
    expect(page('<meta name="parsely-pub-date" content="2024-04-20T04:20:00.000Z">').publishedAt).toBe('2024-04-20T11:20:00+07:00');
  });

  it('a printed foreign date counts where nothing is declared; a declared one wins over it', () => {
    expect(page('', '<p class="meta">Updated July 29, 2016</p>').publishedAt).toBe('2016-07-29');
    expect(page('<meta property="article:published_time" content="2016-07-28T10:00:00Z">', '<p class="meta">Updated July 29, 2016</p>').publishedAt)
      .toBe('2016-07-28T17:00:00+07:00');
  });

  it('the day in the article\'s address is the last resort', () => {
    expect(page('', '', 'https://www.example.com/2019/11/18/business/trade-war.html').publishedAt).toBe('2019-11-18');
    expect(page('', '', 'https://www.example.com/business/trade-war-2019.html').publishedAt).toBeNull();
  });
});

describe.skipIf(!!corpusMissing(SCRAPINGHUB, "the ScrapingHub date checks"))('real pages (../shared/corpora/scrapinghub)', () => {
  const read = (prefix: string) => {
    const p = scrapinghubPage(prefix);
    return extract(p.html, { url: p.url });
  };
  it('declared in words, hidden behind an empty date, or only in the address', () => {
    expect(read('51d066b0').publishedAt).toBe('2019-11-19T05:07:38+07:00');
    expect(read('7916ecca').publishedAt).toBe('2019-11-20T15:02:00+07:00');
    expect(read('776a1c04').publishedAt?.slice(0, 10)).toBe('2019-11-19');
    expect(read('702d1da6').publishedAt).toBe('2019-11-18');
  });
});

describe.skipIf(!!corpusMissing(READABILITY_PAGES, "the real publishers' date checks"))('real pages (../shared/corpora/readability-test-pages)', () => {
  const read = (name: string) => extract(readabilityPage(name), { url: 'http://fakehost/test/page.html' });
  it('Parse.ly\'s date; a printed date over an unrelated <time>', () => {
    expect(read('parsely-metadata').publishedAt).toBe('2024-04-20T11:20:00+07:00');
    expect(read('nytimes-2').publishedAt).toBe('2016-07-29');
  });
});
