// Chrome of publishers' pages in other languages (issue 14, ScrapingHub body F1): teaser boxes
// after the article, widget labels, sign-up boxes and English datelines inside the region.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { isCueLine, isMetaBlock, isTailCue } from '../../src/frame/filter.js';
import { bodyScore } from '../../scripts/body-score.js';
import { corpusMissing, SCRAPINGHUB, scrapinghubPage } from '../helpers/corpora.js';
import { pageBlocks } from '../helpers/stages.js';
import { sotttRoot } from '../../scripts/lib/sotttt.js';

/** The one text block of a snippet. */
function block(html: string) {
  const { blocks } = pageBlocks(html);
  expect(blocks).toHaveLength(1);
  return blocks[0]!;
}

const PROSE = [
  'The city council voted on Tuesday to expand the bus network, adding four routes that will connect the northern suburbs with the hospital and the university campus.',
  'Officials said the new routes would start running in March, after drivers have been hired and trained, and that fares would stay the same for at least two years.',
  'Residents who spoke at the meeting welcomed the plan, although several asked for later evening services, which the council promised to study before the summer.',
];

describe('chrome lines of publishers\' pages', () => {
  it('a teaser box heading in English or another language is a tail cue; prose starting alike is not', () => {
    for (const cue of ['You may also like...', 'Você pode gostar...', 'More Great WIRED Stories', 'About the Author', 'Related Stories', 'Artículos relacionados']) {
      expect(isTailCue(block(`<h3>${cue}</h3>`)), cue).toBe(true);
    }
    expect(isTailCue(block(`<p>More from the council meeting: residents asked for later evening services on every route.</p>`))).toBe(false);
    for (const cue of ['1 comment', '12 Responses', '3 thoughts on “Bus routes”', '(5) bình luận']) expect(isTailCue(block(`<h3>${cue}</h3>`)), cue).toBe(true);
    expect(isTailCue(block('<p>3 comments were sent to the council.</p>'))).toBe(false);
  });

  it('a widget label or slideshow counter standing alone is a cue line; a sentence opening with the same word is not', () => {
    for (const line of ['Advertisement', 'ADVERTISEMENT', 'Caption', 'Close', 'Back to Gallery', 'Image 1 of 5', '3 of 4', 'Continue Reading Below', "Don't Miss", 'Suka Memuat...']) {
      expect(isCueLine(block(`<p>${line}</p>`)), line).toBe(true);
    }
    expect(isCueLine(block('<p>Close to 50 people attended.</p>'))).toBe(false);
    expect(isCueLine(block('<p>Advertisement revenue fell by a third.</p>'))).toBe(false);
  });

  it('a line that only credits a photo is a cue line; a caption that describes the picture is not', () => {
    for (const line of ['Photo: Hau Dinh, AP', '(Image: GETTY )', '(Image credit: Blue Origin)', 'Sakib Ali/Hindustan Times/Getty Images', 'Natalie Naccache | Bloomberg | Getty Images', '(Reed Saxon / Associated Press)']) {
      expect(isCueLine(block(`<p>${line}</p>`)), line).toBe(true);
    }
    expect(isCueLine(block('<p>Michael Conroy, AP</p>'))).toBe(true);
    expect(isCueLine(block('<p>The mayor at the new bus station, AP</p>'))).toBe(false);
    expect(isCueLine(block('<p>The mayor at the opening of the new bus station on Monday morning (Photo: Jane Doe)</p>'))).toBe(false);
    expect(isCueLine(block('<p>Ảnh: Bà con nông dân xã Phú Mậu thu hoạch lúa vụ Đông Xuân</p>'))).toBe(false);
  });

  it('a line of a sign-up box is a cue line; a long sentence about a newsletter is not', () => {
    for (const line of ['Get top news in your inbox daily', 'Sign up for our newsletter', 'You have been successfully subscribed!']) {
      expect(isCueLine(block(`<p>${line}</p>`)), line).toBe(true);
    }
    const long = 'The newsletter, which the paper started in 2015 and now reaches two million readers every morning, will be rebuilt next year with a new editor, a new design and a weekend edition for subscribers.';
    expect(isCueLine(block(`<p>${long}</p>`))).toBe(false);
  });

  it('an English dateline is a meta line; a sentence or a byline with a date is not', () => {
    for (const line of [
      'Updated 5:27 am CST, Wednesday, November 20, 2019', 'PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019',
      'Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM', 'Updated at 1:23 p.m.', 'Reuters November 18, 2019 11:03 PM', 'Published November 20th, 2019 - 07:29 GMT',
    ]) expect(isMetaBlock(block(`<p>${line}</p>`)), line).toBe(true);
    expect(isMetaBlock(block('<p>Sales rose sharply on November 20.</p>'))).toBe(false);
    expect(isMetaBlock(block('<p>By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.</p>'))).toBe(false);
  });

  it('extracts the article of a publisher\'s page without its datelines, ad labels, sign-up box and teasers', () => {
    const teasers = PROSE.map((p) => `<div class="item"><img src="/t.jpg"><p>${p.replace('council', 'mayor')}</p></div>`).join('');
    const html = `<html><head><title>Council expands bus network</title></head><body>
      <div class="post"><h1>Council expands bus network</h1>
      <p>Updated 5:27 am CST, Wednesday, November 20, 2019</p>
      <p>${PROSE[0]}</p><p>Advertisement</p><p>${PROSE[1]}</p>
      <div class="box"><p>Get the latest local news in your inbox</p></div>
      <p>${PROSE[2]}</p>
      <h3>You may also like...</h3>${teasers}</div></body></html>`;
    expect(extract(html).text).toBe(PROSE.join('\n\n'));
  });
});

describe('embedded posts', () => {
  const tweet = 'Yes this is real and the state spent nearly half a million dollars on the new campaign';
  it('keeps a tweet embedded in the article, whatever box its embed code wraps it in; a quote inside the comments still goes', () => {
    const html = `<html><body><article><h1>Council expands bus network</h1><p>${PROSE[0]}</p>
      <div class="social-media-embed"><blockquote class="twitter-tweet"><p>${tweet}</p>— Jane Doe (@jane) November 18, 2019</blockquote></div>
      <p>${PROSE[1]}</p><p>${PROSE[2]}</p>
      <div class="comments"><p>Reader One said:</p><blockquote><p>A quote of the article in a reader's comment, long enough to read as prose.</p></blockquote></div>
      </article></body></html>`;
    const text = extract(html).text;
    expect(text).toContain(tweet);
    expect(text).not.toContain('reader\'s comment');
  });
});

describe('repeated lines', () => {
    // Each part as long as a real page's (a meal plan of a dozen lines).
  const part = (n: number) => `<h3>Plan ${n}</h3><p>Eat every two to three hours</p>${[...PROSE, ...PROSE, ...PROSE, ...PROSE].map((p, k) => `<p>In plan ${n}, part ${k}: ${p}</p>`).join('')}`;

  it('keeps the short lines an article repeats in each of its parallel parts', () => {
    const html = `<html><body><article><h1>Four meal plans</h1><p>${PROSE[0]}</p>${[1, 2, 3, 4].map(part).join('')}</article></body></html>`;
    expect(extract(html).text.split('\n\n').filter((p) => p === 'Eat every two to three hours')).toHaveLength(4);
  });

  it('drops a slideshow\'s caption repeated a few lines on, and the headline printed again in the region', () => {
    const caption = 'The mayor and the council members at the opening of the new bus station on Monday morning';
    const second = 'Passengers boarding the first bus';
    const html = `<html><head><title>Council expands bus network</title></head><body><article><h1>Council expands bus network</h1>
      <p>${PROSE[0]}</p><div class="slideshow"><p>${caption}</p><p>${second}</p><p>${caption}</p><p>${second}</p></div>
      ${PROSE.map((p, k) => `<p>Later, ${k}: ${p}</p>`).join('')}${PROSE.map((p, k) => `<p>Then, ${k}: ${p}</p>`).join('')}
      <p>Council expands bus network</p><p>Finally: ${PROSE[0]}</p></article></body></html>`;
    const text = extract(html).text;
    expect(text.split(caption)).toHaveLength(2);
    expect(text.split(second)).toHaveLength(2);
    expect(text).not.toContain('Council expands bus network');
  });
});

describe('the headline printed again', () => {
  it('set as a heading inside the article, it heads a section and stays (real portal pages title an article by its section)', () => {
    const html = `<html><head><title>Risks of the new game</title></head><body><div><h1>Risks of the new game</h1></div><article>
      ${PROSE.map((p) => `<p>${p}</p>`).join('')}<h2>Risks of the new game</h2>${PROSE.map((p, k) => `<p>Then, ${k}: ${p}</p>`).join('')}</article></body></html>`;
    const a = extract(html);
    expect(a.sections.map((s) => s.heading)).toContain('Risks of the new game');
    expect(a.text).toContain('Risks of the new game');
  });
});

const portal = sotttRoot();
describe.skipIf(!portal)('the headline as a section heading on a real portal page (../shared/corpora/sotttt-hanoi)', () => {
  it('keeps the section "Những hiểm họa từ Pokemon Go" of the article so titled', () => {
    const a = extract(readFileSync(join(portal!, 'source/vi/tin-tuc-su-kien/-/view_content/1272471-nhung-hiem-hoa-tu-pokemon-go.html')));
    expect(a.title).toBe('Những hiểm họa từ Pokemon Go');
    expect(a.sections.map((s) => s.heading)).toContain('Những hiểm họa từ Pokemon Go');
  });
});

describe.skipIf(!!corpusMissing(SCRAPINGHUB, "the ScrapingHub body checks"))('publishers\' pages (../shared/corpora/scrapinghub)', () => {
  const page = (prefix: string) => {
    const p = scrapinghubPage(prefix);
    const text = extract(p.html, { url: p.url }).text;
    return { text, f1: bodyScore(p.articleBody, text).f1 };
  };

  it('stops at a Portuguese "Você pode gostar..." box of teasers that read like prose', () => {
    const { text, f1 } = page('b3c19dd5');
    expect(text).not.toContain('A vida requer da gente otimismo');
    expect(f1).toBeGreaterThan(0.95);
  });

  it('drops a gallery\'s buttons and the English dateline inside the article box', () => {
    const { text, f1 } = page('ef2b3f26');
    for (const chrome of ['Back to Gallery', 'Updated 11:21 pm CST']) expect(text).not.toContain(chrome);
    expect(f1).toBeGreaterThan(0.95);
  });

  it('keeps the lines each meal plan of an article repeats', () => {
    const { text, f1 } = page('5f03fc17');
    expect(text.split('Eat every 2–3 hours').length - 1).toBeGreaterThanOrEqual(6);
    expect(f1).toBeGreaterThan(0.9);
  });

  it('drops the lines that only credit a slideshow\'s photos', () => {
    const { text } = page('c50845a7');
    expect(text).not.toContain('(Image credit:');
    expect(text).not.toMatch(/^Image \d of \d$/mu);
  });

  it('keeps the tweets the article quotes', () => {
    const { text, f1 } = page('3f65af7b');
    expect(text).toContain('Yes this is real and yes the state spent nearly half a million dollars on it');
    expect(f1).toBeGreaterThan(0.9);
  });

  it('drops a newsletter sign-up box inside the article box', () => {
    const { text } = page('08f79376');
    expect(text).not.toContain('Newsletter');
    expect(text).not.toContain('opt-in');
  });
});
