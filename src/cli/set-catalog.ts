// What the catalog beside a set's plan knows of its discs' copies, for a command on several
// drives: a blank disc never becomes a copy an earlier burn made, and what is left is told.
import { catalogPathFor, readCatalog } from '../catalog/catalog-file.js';
import { knownCopies } from '../catalog/catalog-model.js';
import type { DiscCopy } from '../diff/drive-assignment.js';
import type { PlanSet } from '../plan/plan-model.js';

export type KnownDiscCopy = DiscCopy & { sessions: number };

export async function copiesInCatalog(planFile: string, set: PlanSet): Promise<KnownDiscCopy[]> {
  const catalog = await readCatalog(catalogPathFor(planFile));
  return knownCopies(catalog).flatMap((known) => {
    const disc = set.discs.findIndex((plan) => plan.disc.id === known.discId);
    return disc === -1 ? [] : [{ disc, copy: known.copy, sessions: known.sessions.length }];
  });
}

/** The discs and copies no drive held: the ones never burned, and the ones an earlier burn left short of the plan. */
export function leftToInsert(set: PlanSet, notInDrive: readonly DiscCopy[], known: readonly KnownDiscCopy[]): Array<DiscCopy & { burnedBefore: boolean }> {
  return notInDrive.flatMap((pair): Array<DiscCopy & { burnedBefore: boolean }> => {
    const earlier = known.find((k) => k.disc === pair.disc && k.copy === pair.copy);
    if (!earlier) return [{ ...pair, burnedBefore: false }];
    return earlier.sessions < set.discs[pair.disc]!.sessions.length ? [{ ...pair, burnedBefore: true }] : [];
  });
}
