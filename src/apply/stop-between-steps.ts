// A stop asked for outside a write (Ctrl-C, SIGTERM) ends the apply before its next step starts:
// above all, no burn or close begins once the user asked to stop.
import type { ListrTask } from 'listr2';
import type { ApplyContext } from './apply-context.js';
import { ApplyStepError } from './apply-step-error.js';

export function stopBetweenSteps(ctx: ApplyContext, tasks: ListrTask<ApplyContext>[]): ListrTask<ApplyContext>[] {
  return tasks.map((step) => {
    const title = typeof step.title === 'string' ? step.title : 'the next step';
    return {
      ...step,
      task: (context, task) => {
        if (ctx.signal.aborted) throw new ApplyStepError(`stopped by the user before "${title}"`);
        return step.task(context, task);
      },
    };
  });
}
