// A stop asked for (Ctrl-C, SIGTERM, SIGHUP) ends the apply before its next step starts: above
// all, no burn or close begins once the user asked to stop. A stop asked for during a write lets
// that write finish and its session be read back (the steps marked finishesTheWrite) first.
import type { ListrTask } from 'listr2';
import type { ApplyContext } from './apply-context.js';
import { ApplyStepError } from './apply-step-error.js';

export type ApplyStep = ListrTask<ApplyContext> & {
  /** Runs after a stop asked for during the write before it (the read-back of that session). */
  finishesTheWrite?: boolean;
};

export function stopBetweenSteps(ctx: ApplyContext, steps: ApplyStep[]): ListrTask<ApplyContext>[] {
  return steps.map(({ finishesTheWrite, ...step }) => {
    const title = typeof step.title === 'string' ? step.title : 'the next step';
    return {
      ...step,
      ...(ctx.tag && typeof step.title === 'string' ? { title: `${ctx.tag} ${step.title}` } : {}),
      task: (context, task) => {
        const softStop = ctx.stops.requested !== undefined && !(finishesTheWrite && ctx.stops.requested.duringWrite);
        if (ctx.stops.signal.aborted || softStop) throw failed(ctx, new ApplyStepError(`stopped by the user (${ctx.stops.requested?.signal ?? 'stop'}) before "${title}"`));
        const outcome = step.task(context, ctx.tag ? tagged(task, ctx.tag) : task);
        // a step's own failure (not a list of steps: its steps report their own)
        return outcome instanceof Promise ? outcome.catch((error: unknown) => Promise.reject(failed(ctx, error))) : outcome;
      },
    };
  });
}

/** The first failure is the drive's: the steps of other drives, run alongside, go on. */
function failed(ctx: ApplyContext, error: unknown): unknown {
  ctx.failure ??= error instanceof Error ? error.message : String(error);
  return error;
}

/** The task as its step sees it, every title it sets starting with the drive's tag (several
 * drives' lines are told apart in a plain log). */
function tagged<T extends object>(task: T, tag: string): T {
  return new Proxy(task, {
    get: (target, prop) => {
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
    set: (target, prop, value: unknown) => Reflect.set(target, prop, prop === 'title' && typeof value === 'string' ? `${tag} ${value}` : value, target),
  });
}
