/**
 * The piscina worker of `extractMany`: one {@link BatchTask} in, one {@link TaskOutcome} out.
 * Built as its own entry (`dist/batch-worker.js`) so that worker threads load only this.
 */
import { runTask, type BatchTask, type TaskOutcome } from './task.js';

/** Extracts one page (piscina calls the default export). */
export default function extractTask(task: BatchTask): TaskOutcome {
  return runTask(task);
}
