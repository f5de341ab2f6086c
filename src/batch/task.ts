/**
 * One batch task: extraction of one page, with its failure turned into plain data so that
 * it crosses the worker boundary intact (structured clone drops an error's class and code).
 */
import { ExtractError, type ExtractErrorCode } from '../errors.js';
import { extract } from '../extract.js';
import type { Article, ExtractOptions } from '../types.js';

/** What a worker is given: the page and the options of `extract`. */
export interface BatchTask {
  body: string | Uint8Array;
  options: ExtractOptions;
}

/** A failure as plain data. */
export interface TaskFailure {
  name: string;
  message: string;
  code?: string;
}

/** What a worker returns. */
export type TaskOutcome = { article: Article } | { failure: TaskFailure };

/** Runs `extract` on one task; never throws. */
export function runTask(task: BatchTask): TaskOutcome {
  try {
    return { article: extract(task.body, task.options) };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    const failure: TaskFailure = { name: err.name, message: err.message };
    if (err instanceof ExtractError) failure.code = err.code;
    return { failure };
  }
}

/** The error a {@link TaskFailure} stands for: an `ExtractError` again when it was one. */
export function reviveFailure(f: TaskFailure): Error {
  if (f.name === 'ExtractError' && f.code) return new ExtractError(f.code as ExtractErrorCode, f.message);
  const err = new Error(f.message);
  err.name = f.name;
  return err;
}
