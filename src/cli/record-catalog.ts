// apply's last step of each drive: the sessions it burned go into the catalog beside the plan.
import type { ApplyReport } from '../apply/apply-report.js';
import type { Backend } from '../backends/backend-interface.js';
import { UserError } from '../errors.js';
import type { Plan } from '../plan/plan-model.js';

/** What kept the catalog from being written (the disc is burned all the same), or undefined. */
export async function recordCatalog(planFile: string, plan: Plan, discOrder: readonly string[], device: string, backend: Backend, report: ApplyReport): Promise<Error | undefined> {
  if (report.outcome !== 'applied' || report.dummy) return undefined;
  const { recordAppliedSessions } = await import('../catalog/record-apply.js');
  try {
    await recordAppliedSessions({ planFile, plan, discOrder, device, backend, report, env: process.env });
    return undefined;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return new UserError(`the sessions were burned, but the catalog was not updated: ${error.message}`);
  }
}
