// What a diff or apply on several drives at once starts from: every drive read (at the same
// time), which disc and copy each holds or becomes, and each one's diff prepared. A drive that
// cannot be read, or whose sources cannot be measured, is reported and leaves the others alone.
import type { Backend } from '../backends/backend-interface.js';
import type { Disc } from '../disc/disc-model.js';
import { assignDrives, type DiscCopy, type DriveAssignment } from '../diff/drive-assignment.js';
import { UserError } from '../errors.js';
import type { Plan, PlanSet } from '../plan/plan-model.js';
import type { PlanScan } from '../sources/scan-plan-sources.js';
import { cleanUpPrepared, prepareDiff, type PreparedDiff } from './prepare-diff.js';

export interface SetDrive {
  device: string;
  backend: Backend;
  /** The disc of the set whose plan names this drive. */
  plannedFor?: number;
}

export interface PreparedDrive extends SetDrive {
  disc?: Disc;
  assignment?: DriveAssignment;
  /** The disc of the set, as the copy this drive works on. */
  plan?: Plan;
  prepared?: PreparedDiff;
  /** Why nothing can be done in this drive (read or measure failed), in one line. */
  error?: string;
}

export interface SetPrepareOptions {
  dummy: boolean;
  /** The discs and copies earlier burns made (the catalog): a blank disc never becomes one. */
  existing?: readonly DiscCopy[];
  env?: NodeJS.ProcessEnv;
}

export async function prepareSet(set: PlanSet, scans: readonly PlanScan[], drives: readonly SetDrive[], options: SetPrepareOptions): Promise<PreparedDrive[]> {
  const prepared = await readSetDrives(set, drives, options.existing ?? []);
  const readable = prepared.filter((d): d is PreparedDrive & { disc: Disc } => d.disc !== undefined);
  await Promise.all(
    readable.map(async (drive) => {
      const a = drive.assignment!;
      if (a.kind !== 'holds' && a.kind !== 'blank-becomes') return;
      const plan: Plan = { ...set.discs[a.disc]!, copy: a.copy };
      drive.plan = plan;
      try {
        drive.prepared = await prepareDiff(plan, drive.disc, drive.backend, { dummy: options.dummy, manifests: scans[a.disc]!.manifests, ...(options.env ? { env: options.env } : {}) });
      } catch (error) {
        drive.error = oneLine(error);
      }
    }),
  );
  return prepared;
}

/** Every drive read at once, and which disc and copy each holds or would become. */
export async function readSetDrives(set: PlanSet, drives: readonly SetDrive[], existing: readonly DiscCopy[]): Promise<PreparedDrive[]> {
  const reads = await Promise.allSettled(drives.map((drive) => drive.backend.readDisc(drive.device)));
  const read: PreparedDrive[] = drives.map((drive, i) => {
    const outcome = reads[i]!;
    return outcome.status === 'fulfilled' ? { ...drive, disc: outcome.value } : { ...drive, error: oneLine(outcome.reason) };
  });
  const readable = read.filter((d): d is PreparedDrive & { disc: Disc } => d.disc !== undefined);
  const assignments = assignDrives(set.discs, readable.map((d) => ({ device: d.device, disc: d.disc, ...(d.plannedFor === undefined ? {} : { plannedFor: d.plannedFor }) })), existing);
  readable.forEach((drive, i) => (drive.assignment = assignments[i]!));
  return read;
}

export async function cleanUpSet(drives: readonly PreparedDrive[]): Promise<void> {
  await Promise.all(drives.map((d) => (d.prepared ? cleanUpPrepared(d.prepared) : undefined)));
}

/** A user's problem with one drive is that drive's; anything else is burnplan's own fault and stops all. */
function oneLine(error: unknown): string {
  if (!(error instanceof UserError)) throw error;
  return error.message.split('\n')[0]!;
}
