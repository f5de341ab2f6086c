// fields/date.ts: the publication date from the lines around the headline and the metadata.
import { describe, expect, it } from 'vitest';
import { findDate, type DateContext } from '../../src/fields/date.js';
import { pageBlocks } from '../helpers/stages.js';

/** One block per line of text. */
const lines = (...ls: string[]) => pageBlocks(ls.map((l) => `<p>${l}</p>`).join('')).blocks;
const noMeta = pageBlocks('').meta;
const metaOf = (head: string) => pageBlocks(`<html><head>${head}</head><body></body></html>`).meta;
const ctx = (parts: Partial<Record<keyof DateContext, string[]>>): DateContext => ({
  header: lines(...(parts.header ?? [])), above: lines(...(parts.above ?? [])), trailer: lines(...(parts.trailer ?? [])),
  signature: lines(...(parts.signature ?? [])),
});

describe('findDate', () => {
  it('reads a dateline in the header, with its time, in +07:00', () => {
    expect(findDate(ctx({ header: ['Thứ Năm, 05/08/2021 16:20 | Lượt xem: 1.024'] }), noMeta)).toBe('2021-08-05T16:20:00+07:00');
    expect(findDate(ctx({ header: ['Ngày 5 tháng 8 năm 2021'] }), noMeta)).toBe('2021-08-05');
  });

  it('a creation date beats an unlabelled one, which beats a last-updated one; a document date never counts', () => {
    expect(findDate(ctx({ header: ['Cập nhật lúc: 10/08/2021', '03/08/2021', 'Ngày đăng: 01/08/2021'] }), noMeta)).toBe('2021-08-01');
    expect(findDate(ctx({ header: ['Ngày cập nhật: 10/08/2021', '03/08/2021'] }), noMeta)).toBe('2021-08-03');
    expect(findDate(ctx({ header: ['Ngày ban hành: 20/07/2021'] }), noMeta)).toBeNull();
  });

  it('the machine-readable date gives the time of day when it falls on the printed day, and wins when nothing is printed', () => {
    const meta = metaOf('<meta property="article:published_time" content="2021-08-05T09:20:00Z">');
    expect(findDate(ctx({ header: ['05/08/2021'] }), meta)).toBe('2021-08-05T16:20:00+07:00');
    expect(findDate(ctx({}), meta)).toBe('2021-08-05T16:20:00+07:00');
    // On another day the printed date stands, without a time.
    expect(findDate(ctx({ header: ['04/08/2021'] }), meta)).toBe('2021-08-04');
  });

  it('then a dateline above the headline, then a dated signature', () => {
    expect(findDate(ctx({ above: ['Thứ Sáu, 12/04/2024'], signature: ['Minh Trí – 19/08/2024 15:40'] }), noMeta)).toBe('2024-04-12');
    expect(findDate(ctx({ signature: ['Minh Trí – 19/08/2024 15:40'] }), noMeta)).toBe('2024-08-19T15:40:00+07:00');
  });

  it('after the body, only a labelled date counts: unlabelled ones are the dates of other news', () => {
    expect(findDate(ctx({ trailer: ['Hội nghị tổng kết công tác năm (04/08/2021)'] }), noMeta)).toBeNull();
    expect(findDate(ctx({ trailer: ['Ngày đăng: 05/08/2021'] }), noMeta)).toBe('2021-08-05');
  });

  it('no date anywhere: null', () => {
    expect(findDate(ctx({ header: ['Chuyên mục: Tin tức'] }), noMeta)).toBeNull();
  });
});
