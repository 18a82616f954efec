// `--disc ID`: which disc of a plan a command works on. A set of several discs needs the choice;
// a one-disc plan takes it when it names that disc. `--copy N`: which copy of it.
import { UserError } from '../errors.js';
import type { Plan, PlanSet } from './plan-model.js';

export function chooseDisc(set: PlanSet, disc: string | undefined): Plan {
  const ids = set.discs.map((plan) => plan.disc.id);
  if (disc === undefined) {
    if (set.discs.length === 1) return set.discs[0]!;
    throw new UserError(`${set.file} holds ${ids.length} discs (${ids.join(', ')}): choose one with --disc ID`);
  }
  const chosen = set.discs.find((plan) => plan.disc.id === disc);
  if (chosen) return chosen;
  const holds = ids.length === 1 ? `its disc is ${ids[0]}` : `its discs are ${ids.join(', ')}`;
  throw new UserError(`${set.file} holds no disc ${JSON.stringify(disc)}: ${holds}`);
}

/** `--copy N`: the copy of the disc a command works on; the plan must keep that many. */
export function chooseCopy(plan: Plan, copy: number | undefined): Plan {
  if (copy === undefined) return plan;
  if (copy > plan.copies) {
    throw new UserError(`--copy ${copy}: ${plan.file} keeps ${plan.copies === 1 ? 'one copy' : `${plan.copies} copies`} of disc ${JSON.stringify(plan.disc.id)} (copies: ${plan.copies})`);
  }
  return { ...plan, copy };
}
