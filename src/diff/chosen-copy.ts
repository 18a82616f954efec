// Which copy of its disc a plan works on: the one `--copy N` names, else the one the disc in the
// drive is (its sessions' marks say), else the only one. Pure.
import { copyOf, sessionMark } from '../disc/burnplan-mark.js';
import type { Disc } from '../disc/disc-model.js';
import type { Plan } from '../plan/plan-model.js';

/** Undefined for a disc that does not say (blank, or burned by hand) of a plan of several copies. */
export function chosenCopy(plan: Plan, disc: Disc): number | undefined {
  if (plan.copy !== undefined) return plan.copy;
  const mark = disc.sessions.map((s) => sessionMark(s.filesystem)).find((m) => m !== undefined);
  if (mark) return copyOf(mark);
  return plan.copies === 1 ? 1 : undefined;
}

/** The copy a new session's mark names: none for copy 1 of a one-copy plan, so its mark stays as it always was. */
export function markedCopy(plan: Plan, copy: number | undefined): number | undefined {
  return copy === undefined || (plan.copies === 1 && copy === 1) ? undefined : copy;
}
