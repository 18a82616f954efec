// When a command works on several drives at once, and on which: several --device, or a plan of
// several discs without --disc (each drive's disc is then worked out from what it holds).
import type { DeviceLock } from '../apply/device-lock.js';
import { acquireDeviceLock } from '../apply/device-lock.js';
import { UserError } from '../errors.js';
import type { SetDrive } from '../gather/prepare-set.js';
import { chooseDisc } from '../plan/choose-disc.js';
import type { BackendChoice, Plan, PlanSet } from '../plan/plan-model.js';
import type { PlanScan } from '../sources/scan-plan-sources.js';
import { openDevice } from './open-disc.js';

export interface SetRunOptions {
  device?: string[];
  disc?: string;
  copy?: number;
  backend?: BackendChoice;
}

export function isSetRun(set: PlanSet, options: SetRunOptions): boolean {
  const given = options.device ?? [];
  if (given.length > 1) return true;
  if (given.length === 0 && (set.devices ?? []).length > 1) return true;
  return options.disc === undefined && set.discs.length > 1;
}

/** The drive a one-drive run uses when no --device is given: the disc's own, else the plan's one `devices:` entry. */
export function plannedDevice(set: PlanSet, plan: Plan): string | undefined {
  return plan.disc.device ?? (set.devices?.length === 1 ? set.devices[0] : undefined);
}

/** The set as the run sees it: --disc keeps only that disc (and its scan). */
export function setForRun(set: PlanSet, scans: readonly PlanScan[], options: SetRunOptions): { set: PlanSet; scans: PlanScan[] } {
  if (options.copy !== undefined) throw new UserError(`--copy names the copy of one drive's disc: with several drives, each blank disc becomes the next copy the plan needs`);
  if (options.disc === undefined) return { set, scans: [...scans] };
  const chosen = chooseDisc(set, options.disc);
  return { set: { ...set, discs: [chosen] }, scans: [scans[set.discs.indexOf(chosen)]!] };
}

/** Every drive given, checked and with its backend; the same drive twice is refused. */
export async function openSetDrives(set: PlanSet, options: SetRunOptions, check: (device: string) => void): Promise<SetDrive[]> {
  const given = options.device ?? set.devices ?? [];
  // else the discs' own devices
  const planned = given.length > 0 ? given : [...new Set(set.discs.flatMap((plan) => (plan.disc.device ? [plan.disc.device] : [])))];
  const backends = new Set(set.discs.map((plan) => plan.disc.backend));
  const backend = backends.size === 1 ? [...backends][0]! : 'auto';
  const drives: SetDrive[] = [];
  for (const device of planned.length > 0 ? planned : [undefined]) {
    const opened = await openDevice({ deviceOption: device, backendOption: options.backend, plannedDisc: { backend }, check });
    if (drives.some((d) => d.device === opened.device)) throw new UserError(`${opened.device} is given twice: give each drive once`);
    const plannedFor = set.discs.findIndex((plan) => plan.disc.device === opened.device);
    drives.push({ ...opened, ...(plannedFor === -1 ? {} : { plannedFor }) });
  }
  return drives;
}

/** One lock per drive, all or none: a drive another apply uses is refused before anything is read. */
export function lockDrives(drives: readonly SetDrive[]): Array<SetDrive & { lock: DeviceLock }> {
  const locked: Array<SetDrive & { lock: DeviceLock }> = [];
  try {
    for (const drive of drives) locked.push({ ...drive, lock: acquireDeviceLock(drive.device, new Date()) });
  } catch (error) {
    for (const drive of locked) drive.lock.release();
    throw error;
  }
  return locked;
}
