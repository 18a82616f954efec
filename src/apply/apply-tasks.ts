// The task list of an apply, built from the diff's actions: per session check, burn, verify;
// then close and eject. Returns a Listr without running it.
import { Listr, type ListrBaseClassOptions, type ListrTask } from 'listr2';
import { UserError } from '../errors.js';
import { runProgram } from '../tools/run-program.js';
import type { ApplyContext } from './apply-context.js';
import { burnFailureMessage } from './burn-outcome.js';
import { runPipeline } from './run-pipeline.js';
import { ApplyStepError } from './apply-step-error.js';
import { sessionTasks } from './session-tasks.js';
import { stopBetweenSteps } from './stop-between-steps.js';

/** Which listr2 renderer draws the list: one by name (the tests use 'test'), or the renderer
 * with the conditions listr2 picks its fallback and silent renderers by (chosen by the CLI). */
export type TaskListDisplay =
  | 'test'
  | ({ renderer: 'default'; fallbackRenderer: 'simple' } & Pick<ListrBaseClassOptions, 'fallbackRendererCondition' | 'silentRendererCondition'>);

export function applyTasks(ctx: ApplyContext, display: TaskListDisplay): { run(): Promise<ApplyContext> } {
  const options = { ctx, exitOnError: true, concurrent: false, registerSignalListeners: false };
  if (display === 'test') return new Listr<ApplyContext, 'test'>(applySteps(ctx), { ...options, renderer: 'test' });
  return new Listr<ApplyContext, 'default', 'simple'>(applySteps(ctx), { ...options, ...display, rendererOptions: { collapseSubtasks: false } });
}

/** The steps of one drive's apply, in order, each refusing to start once a stop was asked for. */
export function applySteps(ctx: ApplyContext): ListrTask<ApplyContext>[] {
  const tasks: ListrTask<ApplyContext>[] = [];
  const firstBurn = ctx.actions.find((a) => a.kind === 'burn-session');
  for (const action of ctx.actions) {
    if (ctx.dummy && action !== firstBurn) {
      tasks.push({ title: action.kind === 'burn-session' ? `session ${action.index + 1}: ${action.label}` : 'close the disc', skip: () => notSimulated, task: () => undefined });
      continue;
    }
    if (action.kind === 'burn-session') {
      tasks.push({
        title: `session ${action.index + 1}: ${action.label}${action.closes ? ' (then close the disc)' : ''}`,
        task: (_c, task) => task.newListr(sessionTasks(ctx, action.index, action.closes, action.expectedStart), { exitOnError: true }),
      });
      if (action.closes) tasks.push(closedCheck(ctx));
    } else {
      tasks.push({
        title: 'close the disc',
        task: async () => {
          const result = await runPipeline(action.commands, { signal: ctx.stops.signal, env: ctx.env, onLine: () => undefined });
          if (!result.ok) throw new ApplyStepError(`closing failed: ${burnFailureMessage(result)}`);
        },
      });
      tasks.push(closedCheck(ctx));
    }
  }
  tasks.push({
    title: 'eject',
    enabled: () => ctx.eject,
    skip: () => (ctx.device.startsWith('stdio:') ? 'a virtual disc has no tray' : false),
    task: async () => {
      const result = await runProgram(ctx.backend.ejectCommand(ctx.device), { access: 'write', env: ctx.env });
      if (result.exitCode !== 0) throw new UserError(`eject failed: ${result.stderr.trim().split('\n').pop()}`);
      ctx.ejected = true;
    },
  });
  return stopBetweenSteps(ctx, tasks);
}

/** A simulation writes nothing, so a second session would have nothing to build on. */
const notSimulated = 'simulation: only the first session to burn is simulated; the later ones build on it';

/** Closing is only claimed once a re-read says so. */
function closedCheck(ctx: ApplyContext): ListrTask<ApplyContext> {
  return {
    title: 'check the disc is closed',
    skip: () => (ctx.dummy ? 'simulation: the disc stays as it was' : false),
    task: async () => {
      const disc = await ctx.backend.readDisc(ctx.device);
      ctx.disc = disc;
      if (disc.status !== 'closed') throw new ApplyStepError(`the disc is still ${disc.status} after closing`);
      ctx.closed = true;
    },
  };
}

