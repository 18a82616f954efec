// Which listr2 renderer draws a task list, decided in the CLI layer as lint-staged does: the
// options say what we want and listr2 itself picks among them when the list runs (it also falls
// back on its own when process.stdout is no terminal).
import { ListrLogger, ProcessOutput, type ListrBaseClassOptions } from 'listr2';

export interface TaskListSurroundings {
  /** --json: stdout carries one document, so nothing is drawn at all. */
  json: boolean;
  /** Whether the stream the list is drawn on is a terminal. */
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
}

export type TaskListRendererOptions = Required<Pick<ListrBaseClassOptions, 'fallbackRendererCondition' | 'silentRendererCondition'>> & {
  renderer: 'default';
  fallbackRenderer: 'simple';
};

/**
 * The live list only on a terminal that can redraw lines: a dumb terminal (TERM=dumb, as in
 * Emacs' shell) cannot move the cursor, and a CI log keeps every redraw; both get one plain
 * line per step instead.
 */
export function taskListRenderer({ json, isTTY, env }: TaskListSurroundings): TaskListRendererOptions {
  return {
    renderer: 'default',
    fallbackRenderer: 'simple',
    fallbackRendererCondition: !isTTY || env['TERM'] === 'dumb' || Boolean(env['CI']),
    silentRendererCondition: json,
  };
}

/**
 * A read-only command's list (verify, recover): drawn on `stream` (listr2 writes to stdout unless
 * told otherwise, and stdout carries the report), one task after another, cleared once done
 * since the report that follows says how each ended. A stop ends the command as it would without
 * the list: listr2 need not catch it.
 */
export function readingListOptions<Context>(ctx: Context, renderer: TaskListRendererOptions, stream: NodeJS.WriteStream) {
  const logger = () => new ListrLogger({ processOutput: new ProcessOutput(stream, stream) });
  return {
    ctx,
    concurrent: false,
    exitOnError: true,
    registerSignalListeners: false,
    ...renderer,
    rendererOptions: { logger: logger(), clearOutput: true },
    fallbackRendererOptions: { logger: logger() },
  };
}
