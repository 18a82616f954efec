// Which disc and copy of a set each drive works on, when one apply or diff reads several drives:
// a disc burnplan burned says which it is (its sessions' disc id and mark); a blank disc gets the
// next disc and copy that no drive holds and no earlier burn made, in the plan's order. Pure.
import { copyOf, sessionMark } from '../disc/burnplan-mark.js';
import type { Disc } from '../disc/disc-model.js';
import { mediaTitle } from '../disc/media.js';
import type { Plan } from '../plan/plan-model.js';

export interface DiscCopy {
  /** Index of the disc in the set. */
  disc: number;
  copy: number;
}

export type DriveAssignment =
  | ({ kind: 'holds' } & DiscCopy)
  | ({ kind: 'blank-becomes' } & DiscCopy)
  /** A blank disc no disc of the plan needs (every disc and copy exists, or none is for its media). */
  | { kind: 'blank-unused'; reason: string }
  /** Burned, but not a disc of this plan (or burned by hand): nothing is written to it. */
  | { kind: 'foreign'; reason: string }
  /** The same disc and copy is in another drive too: neither is written. */
  | ({ kind: 'duplicate'; otherDevice: string } & DiscCopy);

export interface DriveRead {
  device: string;
  disc: Disc;
  /** The disc of the set whose plan names this drive (its `device:`): a blank there becomes it first. */
  plannedFor?: number;
}

/**
 * `existing`: the discs and copies that earlier burns made (from the catalog), wherever they are now;
 * a blank disc never becomes one of them.
 */
export function assignDrives(discs: readonly Plan[], drives: readonly DriveRead[], existing: readonly DiscCopy[] = []): DriveAssignment[] {
  const held = drives.map((drive) => heldBy(discs, drive.disc));
  const assignments: DriveAssignment[] = held.map((h, i) => {
    if (h.kind !== 'holds') return h;
    const other = held.findIndex((o, j) => j !== i && o.kind === 'holds' && o.disc === h.disc && o.copy === h.copy);
    return other === -1 ? h : { kind: 'duplicate', disc: h.disc, copy: h.copy, otherDevice: drives[other]!.device };
  });
  const taken = (pair: DiscCopy) =>
    held.some((h) => h.kind === 'holds' && h.disc === pair.disc && h.copy === pair.copy) ||
    existing.some((e) => e.disc === pair.disc && e.copy === pair.copy) ||
    assignments.some((a) => a.kind === 'blank-becomes' && a.disc === pair.disc && a.copy === pair.copy);
  drives.forEach((drive, i) => {
    if (assignments[i]!.kind !== 'blank-unused' || !isBlank(drive.disc)) return;
    const fits = discs
      .map((plan, index) => ({ plan, index }))
      .filter(({ plan }) => fitsMedia(plan, drive.disc))
      .sort((x, y) => Number(y.index === drive.plannedFor) - Number(x.index === drive.plannedFor));
    if (fits.length === 0) {
      assignments[i] = { kind: 'blank-unused', reason: `no disc of the plan is for ${drive.disc.media.description}` };
      return;
    }
    for (const { plan, index } of fits) {
      for (let copy = 1; copy <= plan.copies; copy++) {
        if (taken({ disc: index, copy })) continue;
        assignments[i] = { kind: 'blank-becomes', disc: index, copy };
        return;
      }
    }
    assignments[i] = { kind: 'blank-unused', reason: 'every disc and copy of the plan that fits it exists already' };
  });
  return assignments;
}

/** The discs and copies of the set that no drive holds or is given: what is left to insert. */
export function notInAnyDrive(discs: readonly Plan[], assignments: readonly DriveAssignment[]): DiscCopy[] {
  const seen = (pair: DiscCopy) => assignments.some((a) => (a.kind === 'holds' || a.kind === 'blank-becomes' || a.kind === 'duplicate') && a.disc === pair.disc && a.copy === pair.copy);
  return discs.flatMap((plan, disc) => Array.from({ length: plan.copies }, (_, i) => ({ disc, copy: i + 1 })).filter((pair) => !seen(pair)));
}

export function isBlank(disc: Disc): boolean {
  return disc.status === 'blank' && disc.sessions.length === 0;
}

function heldBy(discs: readonly Plan[], disc: Disc): DriveAssignment {
  if (isBlank(disc)) return { kind: 'blank-unused', reason: 'not looked at yet' };
  const filesystem = disc.sessions.find((s) => s.filesystem)?.filesystem;
  if (!filesystem) return { kind: 'foreign', reason: 'its sessions hold no ISO 9660 file system burnplan can read' };
  const index = discs.findIndex((plan) => plan.disc.id === filesystem.volumeSetId);
  const ids = discs.map((plan) => plan.disc.id).join(', ');
  if (index === -1) return { kind: 'foreign', reason: `it is disc "${filesystem.volumeSetId}", which the plan does not hold (its discs: ${ids})` };
  const mark = disc.sessions.map((s) => sessionMark(s.filesystem)).find((m) => m !== undefined);
  return { kind: 'holds', disc: index, copy: mark ? copyOf(mark) : 1 };
}

/** A stdio: file stands in for any media; otherwise the plan's media must be what the drive holds. */
function fitsMedia(plan: Plan, disc: Disc): boolean {
  const planned = plan.disc.media;
  return planned === 'any' || disc.media.kind === 'virtual' || disc.media.kind === planned;
}

/** "photos-b, copy 2" (the copy only when the disc is kept in several). */
export function discCopyName(discs: readonly Plan[], pair: DiscCopy): string {
  const plan = discs[pair.disc]!;
  return plan.copies === 1 ? plan.disc.id : `${plan.disc.id}, copy ${pair.copy}`;
}

/** "a blank BD-R" for the disc of the plan (or "a blank disc" when the plan names no media). */
export function blankFor(plan: Plan): string {
  return plan.disc.media === 'any' ? 'a blank disc' : `a blank ${mediaTitle(plan.disc.media)}`;
}
