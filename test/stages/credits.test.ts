// fields/credits.ts: author and source from the frame; their lines leave the body.
import { describe, expect, it } from 'vitest';
import { closingCredits, takeCredits } from '../../src/fields/credits.js';
import { frameArticle } from '../../src/frame/index.js';
import { locateContent } from '../../src/locate/index.js';
import { PARAGRAPHS, pageBlocks, portalPage, texts } from '../helpers/stages.js';

function creditsOf(html: string) {
  const { blocks, meta } = pageBlocks(html);
  return takeCredits(frameArticle(blocks, locateContent(blocks), meta)!, meta);
}

describe('takeCredits', () => {
  it('takes a closing signature as the author and out of the body', () => {
    const c = creditsOf(portalPage());
    expect(c).toMatchObject({ author: 'Minh Trí', source: null });
    expect(texts(c.body)).toEqual(PARAGRAPHS);
    expect(texts(c.closingLines)).toEqual(['Minh Trí']);
  });

  it('reads labelled author and source lines', () => {
    const c = creditsOf(portalPage({ signature: '<p><em>Tác giả: Lê Văn Minh - Nguồn: Báo Quảng Nam</em></p>' }));
    expect(c).toMatchObject({ author: 'Lê Văn Minh', source: 'Báo Quảng Nam' });
    expect(texts(c.body)).toEqual(PARAGRAPHS);
  });

  it('reads a byline in the header, between the headline and the body', () => {
    const c = creditsOf(portalPage({ header: '<div class="info">05/08/2021 | Tác giả: Hoàng Yến</div>', signature: '' }));
    expect(c.author).toBe('Hoàng Yến');
    expect(texts(c.body)).toEqual(PARAGRAPHS);
  });

  it('a CMS account name is not an author; the metadata author is used instead', () => {
    const withMeta = creditsOf(portalPage({ signature: '<p>Người đăng: admin</p>', head: '<meta name="author" content="Trần Thị Hoa">' }));
    expect(withMeta.author).toBe('Trần Thị Hoa');
    expect(texts(withMeta.body)).toEqual(PARAGRAPHS);
    const without = creditsOf(portalPage({ signature: '<p>Người đăng: admin</p>' }));
    expect(without.author).toBeNull();
    expect(texts(without.body)).toEqual(PARAGRAPHS);
  });

  it('a labelled byline that names a generic CMS account is the poster, not the author', () => {
    const c = creditsOf(portalPage({ header: '<dl class="article-info"><dd>Viết bởi Quản trị viên</dd></dl>', signature: '' }));
    expect(c).toMatchObject({ author: null, authors: [], postedBy: 'Quản trị viên' });
    const joomla = creditsOf(portalPage({ header: '<dl class="article-info"><dd>Viết bởi Super User</dd></dl>' }));
    expect(joomla).toMatchObject({ author: 'Minh Trí', postedBy: 'Super User' });
  });

  it('a printed, labelled byline wins over a declared author that is a CMS account', () => {
    const c = creditsOf(portalPage({ header: '<dl class="article-info"><dd>Viết bởi Nguyễn Văn Bình</dd></dl>', signature: '', head: '<meta name="author" content="Super User">' }));
    expect(c).toMatchObject({ author: 'Nguyễn Văn Bình', authors: ['Nguyễn Văn Bình'] });
    const declaredOnly = creditsOf(portalPage({ signature: '', head: '<meta name="author" content="Super User">' }));
    expect(declaredOnly.author).toBeNull();
  });

  it('a declared author that is a CMS account is the poster when the page prints none', () => {
    const wp = creditsOf(portalPage({ head: '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"BienTapVien"}}</script>' }));
    expect(wp).toMatchObject({ author: 'Minh Trí', postedBy: 'BienTapVien' });
    const person = creditsOf(portalPage({ head: '<meta name="author" content="Trần Thị Hoa">' }));
    expect(person.postedBy).toBeNull();
  });

  it('a declared author that is a login is the poster; a lone lower-case word printed on the page is not', () => {
    const wp = creditsOf(portalPage({ signature: '', head: '<meta name="author" content="phuonghonai">' }));
    expect(wp).toMatchObject({ author: null, authors: [], postedBy: 'phuonghonai' });
    const widget = creditsOf(portalPage({ signature: '<p>linkedin</p>' }));
    expect(widget.postedBy).toBeNull();
  });

  it('reads a "Nguồn:" attribution whose agency name holds commas', () => {
    const c = creditsOf(portalPage({ signature: '<p style="text-align:right"><em>Nguồn: Trung tâm Văn hóa, Thông tin và Thể thao huyện Đức Trọng</em></p>' }));
    expect(c.source).toBe('Trung tâm Văn hóa, Thông tin và Thể thao huyện Đức Trọng');
    expect(texts(c.body)).toEqual(PARAGRAPHS);
  });

  it('leaves a last paragraph of prose in the body', () => {
    const c = creditsOf(portalPage({ signature: '' }));
    expect(c.author).toBeNull();
    expect(texts(c.body)).toEqual(PARAGRAPHS);
    expect(c.closingLines).toEqual([]);
  });
});

describe('closingCredits', () => {
  it('reads the credits at the end of a block list and says how many lines they took', () => {
    const { blocks } = pageBlocks(`<p>${PARAGRAPHS[0]}</p><p>Minh Anh</p><p>(Nguồn: Cổng thông tin điện tử tỉnh)</p>`);
    const { credits, taken } = closingCredits(blocks);
    expect(taken).toBe(2);
    expect(credits.map((c) => [c.kind, c.value])).toEqual(expect.arrayContaining([['author', 'Minh Anh'], ['source', 'Cổng thông tin điện tử tỉnh']]));
  });
});
