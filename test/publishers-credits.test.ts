/**
 * Issue 14, publishers' pages: the credits news sites print and declare. Bylines opened by a
 * preposition without a colon ("By …", "Written by …", "Von …", "Par …", "Por …", "Di …"),
 * several authors, credentials / job titles / the site's own name beside them, and declared
 * authors the page states in other forms (an author page URL, "Analysis by …", caseless
 * scripts, a personal blog named for its author). Small pages of our own reproduce each
 * pattern; real pages from ../shared (skipped with a message when absent) confirm them.
 */
import { describe, expect, it } from 'vitest';
import { READABILITY_PAGES, SCRAPINGHUB, corpusMissing, readabilityPage, scrapinghubPage } from './helpers/corpora.js';
import { extract } from '../src/index.js';
import { creditedPersons, prepositionByline } from '../src/text/bylines.js';

const PROSE = '<p>The assault on the museum, in which gunmen killed at least nineteen people, could heighten tensions in a nation that has become deeply divided over the past four years.</p>'
  + '<p>Security forces stormed the building, freeing hostages and ending a siege that had lasted for several hours, officials said on Wednesday evening in the capital.</p>';
const TITLE = 'Attack stokes instability fears in North Africa';
const news = (header: string, head = '', url = 'https://news.example.org/world/attack.html'): { html: string; url: string } => ({
  url,
  html: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${TITLE} - Example News</title>${head}</head><body>`
    + '<nav><a href="/">Home</a> <a href="/world">World</a></nav>'
    + `<article><h1>${TITLE}</h1>${header}<div class="article-body">${PROSE}</div></article>`
    + '<footer>© Example News</footer></body></html>',
});
const run = (p: { html: string; url: string }) => extract(p.html, { url: p.url });

describe('a byline opened by a preposition', () => {
  it('names the persons up to a date, a separator or a tail word', () => {
    expect(prepositionByline('By Erin Cunningham March 18 at 3:57 PM Follow @erinmcunningham')).toBe('Erin Cunningham');
    expect(prepositionByline('Dan Goodin - Apr 16, 2015')).toBeNull();
    expect(prepositionByline('By Dan Goodin - Apr 16, 2015 8:02 pm UTC')).toBe('Dan Goodin');
    expect(prepositionByline('Written by Rachael Link, MS, RD on November 14, 2019')).toBe('Rachael Link, MS, RD');
    expect(prepositionByline('By Matthew Digby , Minh Do on Monday, November 18th, 2019')).toBe('Matthew Digby, Minh Do');
    expect(prepositionByline('by Lucas Nolan22 Dec 2016651')).toBe('Lucas Nolan');
    expect(prepositionByline('By Umair Irfan Updated Nov 8, 2019')).toBe('Umair Irfan');
    expect(prepositionByline('By GILLIAN MOHNEY March 11, 2015 3:46 PM')).toBe('GILLIAN MOHNEY');
  });

  it('reads the prepositions of other languages and their joins', () => {
    expect(prepositionByline('Von Anna Meier und Jan Roth')).toBe('Anna Meier, Jan Roth');
    expect(prepositionByline('Par Sébastien Farcis')).toBe('Sébastien Farcis');
    expect(prepositionByline('Por Ana Gómez y Luis Pérez')).toBe('Ana Gómez, Luis Pérez');
    expect(prepositionByline('Di Marco Rossi e Giulia Bianchi')).toBe('Marco Rossi, Giulia Bianchi');
    expect(prepositionByline('Texto por Ana Gómez')).toBe('Ana Gómez');
    expect(prepositionByline('Par Martin Untersinger (avec Damien Leloup et Morgane Tual)')).toBe('Martin Untersinger, Damien Leloup, Morgane Tual');
  });

  it('a bare closing byline sheds a spelled foreign date ("Dan Goodin - Apr 16, 2015 8:02 pm UTC")', () => {
    const a = run(news('', '', 'https://news.example.org/a.html'));
    expect(a.authors).toEqual([]);
    const signed = extract(news('').html.replace('</div></article>', '<p>Dan Goodin - Apr 16, 2015 8:02 pm UTC</p></div></article>'));
    expect(signed.authors).toEqual(['Dan Goodin']);
  });

  it('a month that is a first name stays in the name; a sentence is no byline', () => {
    expect(prepositionByline('By Laura June Topolsky')).toBe('Laura June Topolsky');
    expect(prepositionByline('By Tuesday, the city will reopen the museum')).toBeNull();
    expect(prepositionByline('By the end of the year most roads will be open')).toBeNull();
    // Vietnamese "Di dời" (to relocate) opens a sentence, never a byline.
    expect(prepositionByline('Di dời chợ cũ ra khu vực mới')).toBeNull();
  });

  it('on a page: the header byline gives every author and leaves the text', () => {
    const a = run(news('<div class="byline">By Erin Cunningham and Jan Roth March 18 at 3:57 PM</div>'));
    expect(a.authors).toEqual(['Erin Cunningham', 'Jan Roth']);
    expect(a.text).not.toContain('Cunningham');
  });

  it('a preposition byline opening the body is taken out of the text', () => {
    const a = run(news('<div class="article-meta"><p>Written by Rachael Link, MS, RD on November 14, 2019</p></div>'));
    expect(a.authors).toEqual(['Rachael Link']);
    expect(a.text).not.toContain('Written by');
  });
});

describe('a byline element inside a line', () => {
  it('the names of a child named for the byline, beside the publication\'s name', () => {
    const a = run(news('<div class="byline-section"><div class="attribution"><span class="author">Lisa Kaczke and Trevor J. Mitchell</span> <span class="publication">Sioux Falls Argus Leader</span></div></div>'));
    expect(a.authors).toEqual(['Lisa Kaczke', 'Trevor J. Mitchell']);
    expect(a.text).not.toContain('Argus Leader');
  });
  it('a byline element that is not on the line (the line\'s element holds other lines) leaves the line alone', () => {
    const a = run(news('<div class="lead">Đến với Phố Sách Xuân, bạn đọc có cơ hội tham gia nhiều chương trình giao lưu đặc biệt<p class="texttacgia">Phạm Linh</p></div>'));
    expect(a.text).toContain('Đến với Phố Sách Xuân');
  });
  it('a child that holds a sentence is no byline', () => {
    const a = run(news('<div class="info"><span class="author">Read more about the museum and its history here</span> <span>Updated</span></div>'));
    expect(a.authors).toEqual([]);
  });
});

describe('what is printed beside the names', () => {
  it('drops credentials, job titles and the site itself, never every name', () => {
    expect(creditedPersons(['TOM KRISHER', 'AP Auto Writer'], [])).toEqual(['TOM KRISHER']);
    expect(creditedPersons(['Ilana Muhlstein', 'MS', 'RDN'], [])).toEqual(['Ilana Muhlstein']);
    expect(creditedPersons(['Bruce Y. Lee Senior Contributor'], [])).toEqual(['Bruce Y. Lee']);
    expect(creditedPersons(['Troy L. Smith', 'Cleveland.com'], ['cleveland.com', 'cleveland'])).toEqual(['Troy L. Smith']);
    expect(creditedPersons(['Jill Disis', 'CNN Business'], ['CNN'])).toEqual(['Jill Disis']);
    // The site itself is no author; a byline of titles only is kept as printed.
    expect(creditedPersons(['LinkNaija'], ['linknaija.com', 'linknaija'])).toEqual([]);
    expect(creditedPersons(['Staff Writer'], [])).toEqual(['Staff Writer']);
  });

  it('an author box\'s heading, an agency or the site run onto the name, a full stop between names', () => {
    expect(creditedPersons(['Sobre Carlos Nadalim'], [])).toEqual(['Carlos Nadalim']);
    expect(creditedPersons(['About Jane Doe'], [])).toEqual(['Jane Doe']);
    expect(creditedPersons(['Tom Davies Associated Press'], [])).toEqual(['Tom Davies']);
    expect(creditedPersons(['Elliot Brownstein Florida Today'], ['floridatoday'])).toEqual(['Elliot Brownstein']);
    // A printed title keeps its place name, even where the host names the place ("sotttt.hanoi.gov.vn").
    expect(creditedPersons(['Phan Lan Tú - Giám đốc Sở TT&TT Hà Nội'], ['hanoi'])).toEqual(['Phan Lan Tú - Giám đốc Sở TT&TT Hà Nội']);
    expect(creditedPersons(['Finian Cunningham', 'Sputnik International'], ['Sputnik International'])).toEqual(['Finian Cunningham']);
  });

  it('on a page: a widget heading in the byline\'s place is no author ("Recommended Articles")', () => {
    expect(run(news('<div class="byline">Recommended Articles</div>')).authors).toEqual([]);
  });

  it('on a page: the host names the site ("Tanza Loudenback, Business Insider")', () => {
    const a = run(news('<div class="byline">By Tanza Loudenback, Business Insider</div>', '', 'https://www.businessinsider.com/how-to-retire'));
    expect(a.authors).toEqual(['Tanza Loudenback']);
  });
});

describe('declared authors in other forms', () => {
  it('an author page URL in article:author names its author', () => {
    const a = run(news('', '<meta property="article:author" content="https://www.example.org/author/madeline-fry">'));
    expect(a.authors).toEqual(['Madeline Fry']);
  });

  it('"Analysis by …, CNN Editor-at-large" in <meta name="author">', () => {
    const a = run(news('', '<meta name="author" content="Analysis by Chris Cillizza, CNN Editor-at-large"><meta property="og:site_name" content="CNN">'));
    expect(a.authors).toEqual(['Chris Cillizza']);
  });

  it('a name in a script without letter case, a desk with a lower-case word', () => {
    expect(run(news('', '<meta name="author" content="肖春芳">')).authors).toEqual(['肖春芳']);
    expect(run(news('', '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Science X staff"}}</script>')).authors).toEqual(['Science X staff']);
  });

  it('a Person named like the site is the author of a personal blog; a one-word brand is not', () => {
    const ld = (name: string) => `<meta property="og:site_name" content="${name}"><script type="application/ld+json">{"@type":"BlogPosting","author":{"@type":"Person","name":"${name}"}}</script>`;
    expect(run(news('', ld('Haki Benita'))).authors).toEqual(['Haki Benita']);
    expect(run(news('', ld('AppleInsider'))).authors).toEqual([]);
  });

  it('microdata: itemprop="author" with its itemprop="name"; a guest account is none', () => {
    const md = (name: string) => `<div class="article-info"><span itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/u/1"><span itemprop="name">${name}</span></a></span></div>`;
    expect(run(news(md('Alex Perry'))).authors).toEqual(['Alex Perry']);
    expect(run(news(md('Гость'))).authors).toEqual([]);
  });

  it('a byline printing some of the declared authors, or in capitals, credits them all as declared', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Jeffrey Gettleman"},{"@type":"Person","name":"Jan Roth"}]}</script>';
    expect(run(news('<div class="byline">By JEFFREY GETTLEMAN</div>', ld)).authors).toEqual(['Jeffrey Gettleman', 'Jan Roth']);
  });

  it('JSON-LD under a WebPage\'s mainEntity; rel=author links of one byline, not a teaser\'s', () => {
    const ld = '<script type="application/ld+json">{"@type":"WebPage","mainEntity":{"@type":"NewsArticle","author":[{"@type":"Person","name":"Anna Meier"},{"@type":"Person","name":"Jan Roth"}]}}</script>';
    expect(run(news('', ld)).authors).toEqual(['Anna Meier', 'Jan Roth']);
    const links = '<p class="credit"><a rel="author" href="/a">Anna Meier</a> <a rel="author" href="/b">Jan Roth</a></p>';
    const teaser = '<div class="more"><p><a rel="author" href="/c">Otto Klein</a></p></div>';
    const a = run({ url: 'https://news.example.org/x.html', html: news('').html.replace('<article>', `<article>${links}`).replace('</article>', `</article>${teaser}`) });
    expect(a.authors).toEqual(['Anna Meier', 'Jan Roth']);
  });

  it('a Person named by its parts, `creator` for `author`, dcterms.creator', () => {
    expect(run(news('', '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","givenName":"Anna","familyName":"Meier"}}</script>')).authors).toEqual(['Anna Meier']);
    expect(run(news('', '<script type="application/ld+json">{"@type":"BlogPosting","creator":"Jan Roth"}</script>')).authors).toEqual(['Jan Roth']);
    expect(run(news('', '<meta name="dcterms.creator" content="Otto Klein">')).authors).toEqual(['Otto Klein']);
  });

  it('a photo agency credit is never the author', () => {
    expect(run(news('<div class="byline">Getty Images</div>')).authors).toEqual([]);
  });
});

describe.skipIf(!!corpusMissing(READABILITY_PAGES, "the real publishers' pages checks"))('real pages (../shared/corpora/readability-test-pages)', () => {
  const read = (name: string) => extract(readabilityPage(name), { url: 'http://fakehost/test/page.html' });
  it('preposition bylines in English and French; a glued date; all capitals; a teaser\'s byline yields to the declared author', () => {
    expect(read('wapo-1').authors).toEqual(['Erin Cunningham']);
    // "Par Sébastien Farcis" there is a related teaser's byline; the article declares AFP in microdata.
    expect(read('liberation-1').authors).toEqual(['AFP']);
    expect(read('breitbart').authors).toEqual(['Lucas Nolan']);
    expect(read('yahoo-3').authors).toEqual(['GILLIAN MOHNEY']);
    expect(read('article-author-tag').authors).toEqual(['Laura June Topolsky']);
    expect(read('ars-1').authors).toEqual(['Dan Goodin']);
    expect(read('lemonde-1').authors).toEqual(['Martin Untersinger']);
  });
  it('declared authors: a caseless script, a personal blog', () => {
    expect(read('gmw').authors).toEqual(['肖春芳']);
    expect(read('toc-missing').authors).toEqual(['Haki Benita']);
  });
});

describe.skipIf(!!corpusMissing(SCRAPINGHUB, "the ScrapingHub credits checks"))('real pages (../shared/corpora/scrapinghub)', () => {
  const read = (prefix: string) => {
    const p = scrapinghubPage(prefix);
    return extract(p.html, { url: p.url });
  };
  it('several authors; credentials, job titles and the site name dropped', () => {
    expect(read('9e8c9f08').authors).toEqual(['Matthew Digby', 'Minh Do']);
    expect(read('e593d7fe').authors).toEqual(['Rachael Link']);
    expect(read('e593d7fe').text).not.toContain('Written by');
    expect(read('05844573').authors).toEqual(['TOM KRISHER']);
    expect(read('35b15891').authors).toEqual(['Troy L. Smith']);
    expect(read('ec3878db').authors).toEqual(['Ilana Muhlstein']);
  });
  it('no photo agency, no date, no desk glued to a name', () => {
    expect(read('70cb2d5b').authors).not.toContain('Getty Images');
    expect(read('51374560').authors).toEqual(['Jonathan Garber']);
    expect(read('8634d121').authors).toEqual(['Michael Hiltzik']);
  });
  it('an author page URL in the metadata; a byline child element', () => {
    expect(read('87bf6057').authors).toEqual(['Madeline Fry']);
    expect(read('776a1c04').authors).toEqual(['Lisa Kaczke', 'Trevor J. Mitchell']);
  });
});
