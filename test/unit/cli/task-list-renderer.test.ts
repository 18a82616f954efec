// The renderer a task list gets: silent with --json, the live list only on a real terminal
// outside CI, plain lines everywhere else; and listr2 makes the same choice from these options.
import { Listr } from 'listr2';
import { describe, expect, it } from 'vitest';
import { taskListRenderer } from '../../../src/cli/task-list-renderer.js';

/** The renderer listr2 itself picks from the options (as if its stream were a terminal). */
function picked(options: ReturnType<typeof taskListRenderer>): string {
  const stdout = process.stdout.isTTY;
  process.stdout.isTTY = true;
  try {
    const list = new Listr([], { ...options, registerSignalListeners: false });
    return list.rendererClass.name;
  } finally {
    process.stdout.isTTY = stdout;
  }
}

describe('taskListRenderer', () => {
  it.each([
    ['a terminal', { json: false, isTTY: true, env: { TERM: 'xterm-256color' } }, 'DefaultRenderer'],
    ['a terminal without TERM', { json: false, isTTY: true, env: {} }, 'DefaultRenderer'],
    ['a dumb terminal', { json: false, isTTY: true, env: { TERM: 'dumb' } }, 'SimpleRenderer'],
    ['a terminal in CI', { json: false, isTTY: true, env: { TERM: 'xterm', CI: 'true' } }, 'SimpleRenderer'],
    ['a pipe', { json: false, isTTY: false, env: { TERM: 'xterm' } }, 'SimpleRenderer'],
    ['--json on a terminal', { json: true, isTTY: true, env: { TERM: 'xterm' } }, 'SilentRenderer'],
    ['--json in a pipe', { json: true, isTTY: false, env: { CI: '1' } }, 'SilentRenderer'],
  ] as const)('%s', (_name, surroundings, renderer) => {
    expect(picked(taskListRenderer(surroundings))).toBe(renderer);
  });

  it('says what it wants and leaves the choice to listr2', () => {
    expect(taskListRenderer({ json: false, isTTY: false, env: {} })).toEqual({
      renderer: 'default',
      fallbackRenderer: 'simple',
      fallbackRendererCondition: true,
      silentRendererCondition: false,
    });
  });
});
