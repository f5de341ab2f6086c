/**
 * Vietnamese cues for the structure of an article body. Data only.
 */

/** Ordinal words after "Thứ" that label a point ("Thứ nhất", "Thứ hai", ...). */
export const ORDINALS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

/** Openers of a list item that is prose, never a heading. */
export const BULLETS = ['-', '–', '—', '+', '•', '*', '·', '●', '▪', '►', '✓'];
