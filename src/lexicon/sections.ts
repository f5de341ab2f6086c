/**
 * Vietnamese cues for the structure of an article body: point labels, bullets, captions. Data only.
 */

/** The word that opens an ordinal point label ("Thứ nhất: …"). */
export const ORDINAL_PREFIX = 'Thứ';

/** Ordinal words after "Thứ" that label a point ("Thứ nhất", "Thứ hai", ...). */
export const ORDINALS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

/** Openers of a list item that is prose, never a heading. */
export const BULLETS = ['-', '–', '—', '+', '•', '*', '·', '●', '▪', '►', '✓'];

/** Caption openers: a line starting with one of these is an image caption, not a byline. */
export const CAPTION_CUES = ['ảnh:', 'ảnh minh họa', 'ảnh minh hoạ', 'hình:', 'hình ảnh:', 'nguồn ảnh'];

/** Photo labels that mark a caption anywhere in the line after an image ("Toàn cảnh buổi lễ (Ảnh: Minh Trí)"). */
export const INLINE_CAPTION_LABELS = ['Ảnh'];

/**
 * Words that start the predicate of a numbered point ("3. Các phong trào khuyến học **được**
 * quan tâm …"): in a text rendering, where the bold label is no longer visible, the label's
 * topic runs up to the first of them.
 */
export const TOPIC_END_WORDS = ['được', 'đã', 'đang', 'sẽ', 'là', 'cần', 'phải', 'luôn', 'tiếp tục', 'còn'];
