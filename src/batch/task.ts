/**
 * One batch task: extraction of one page, with its failure turned into plain data so that
 * it crosses the worker boundary intact (structured clone drops an error's class and code).
 */
import { readFileSync } from 'node:fs';
import { ExtractError, type ExtractErrorCode } from '../errors.js';
import { extract } from '../extract.js';
import { renderArticle, type ArticleFormat } from '../serialize/render.js';
import type { Article, ExtractOptions } from '../types.js';

/** What a worker is given: the page (its bytes, or a file to read), the options of `extract`, and the text format wanted, if any. */
export interface BatchTask {
  body?: string | Uint8Array | undefined;
  file?: string | undefined;
  options: ExtractOptions;
  output?: ArticleFormat | undefined;
}

/** A failure as plain data. */
export interface TaskFailure {
  name: string;
  message: string;
  code?: string;
}

/** What a worker returns: the article, or its text when the task asked for a format. */
export type TaskOutcome = { article: Article } | { text: string } | { failure: TaskFailure };

/** Runs one task; never throws. */
export function runTask(task: BatchTask): TaskOutcome {
  try {
    if ((task.file === undefined) === (task.body === undefined)) throw new ExtractError('INVALID_INPUT', 'a batch input needs a body or a file (one of the two)');
    // Read here, in the worker thread: the page's bytes never pass through the main thread.
    const article = extract(task.file !== undefined ? readFileSync(task.file) : task.body!, task.options);
    return task.output ? { text: renderArticle(article, task.output) } : { article };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    const failure: TaskFailure = { name: err.name, message: err.message };
    const code = (err as { code?: unknown }).code;
    if (typeof code === 'string') failure.code = code;
    return { failure };
  }
}

/** The error a {@link TaskFailure} stands for: an `ExtractError` again when it was one; others keep their name and code (`ENOENT`, ...). */
export function reviveFailure(f: TaskFailure): Error {
  if (f.name === 'ExtractError' && f.code) return new ExtractError(f.code as ExtractErrorCode, f.message);
  const err = new Error(f.message) as Error & { code?: string };
  err.name = f.name;
  if (f.code) err.code = f.code;
  return err;
}
