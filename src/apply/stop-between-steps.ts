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
      task: (context, task) => {
        const softStop = ctx.stops.requested !== undefined && !(finishesTheWrite && ctx.stops.requested.duringWrite);
        if (ctx.stops.signal.aborted || softStop) throw new ApplyStepError(`stopped by the user (${ctx.stops.requested?.signal ?? 'stop'}) before "${title}"`);
        return step.task(context, task);
      },
    };
  });
}
