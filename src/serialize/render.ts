/**
 * Serialize stage: one article as the text the CLI prints, in any of its formats. Shared by
 * the CLI and the worker threads of `extractMany`, which serialize where they extract.
 */
import type { Article } from '../types.js';
import { toMarkdown, toText } from './markdown.js';

/** Text formats of one article: indented JSON, one JSON line, Markdown, plain text. */
export type ArticleFormat = 'json' | 'jsonl' | 'markdown' | 'text';

/** The formats of {@link ArticleFormat}, for validating user input. */
export const ARTICLE_FORMATS: readonly ArticleFormat[] = ['json', 'jsonl', 'markdown', 'text'];

/** One article as text in `format`; always ends with a newline. */
export function renderArticle(article: Article, format: ArticleFormat): string {
  switch (format) {
    case 'json': return `${JSON.stringify(article, null, 2)}\n`;
    case 'jsonl': return `${JSON.stringify(article)}\n`;
    case 'markdown': return toMarkdown(article);
    case 'text': return toText(article);
  }
}
