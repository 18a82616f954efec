// The discs of a plan file in its order: the order the catalog lists them in.
import { checkPlanFile } from '../plan/check-plan.js';

/** The plan's disc ids in order; `fallback` when the plan cannot be read as a set (it was just used, so rarely). */
export async function planDiscOrder(planFile: string, fallback: readonly string[]): Promise<string[]> {
  const check = await checkPlanFile(planFile, { sources: false });
  return check.set ? check.set.discs.map((d) => d.disc.id) : [...fallback];
}
