// One apply on several drives at once: every drive read, each disc and copy worked out (a blank
// disc becomes the next one the set needs), every diff shown, one question, then every drive's
// steps run side by side, each verified, one group per drive. One drive's conflict or failure
// stops neither the others nor the report; what is left to insert is said at the end.
import { Listr, type ListrTask } from 'listr2';
import { hasChanges } from '../diff/diff-model.js';
import { mediaTitle } from '../disc/media.js';
import { discCopyName, notInAnyDrive, type DiscCopy } from '../diff/drive-assignment.js';
import { UserError } from '../errors.js';
import { cleanUpSet, prepareSet, type PreparedDrive, type SetDrive } from '../gather/prepare-set.js';
import type { Plan, PlanSet } from '../plan/plan-model.js';
import type { PlanScan } from '../sources/scan-plan-sources.js';
import type { ApplyContext, ApplyStops } from './apply-context.js';
import type { ApplyReport } from './apply-report.js';
import { applySteps, type TaskListDisplay } from './apply-tasks.js';
import type { Confirmer } from './confirm.js';
import type { DeviceLock } from './device-lock.js';
import { appliedReport, changedSources, failureAfterReread, newApplyContext, unwritten } from './run-apply.js';
import { setStops } from './set-stops.js';

export interface ApplySetInputs {
  set: PlanSet;
  planFile: string;
  /** Per disc of the set, the scan of its sources. */
  scans: readonly PlanScan[];
  drives: ReadonlyArray<SetDrive & { lock?: DeviceLock }>;
  existing?: readonly DiscCopy[];
  dummy: boolean;
  verifyData: boolean;
  /** --eject; else each disc's plan says. */
  eject?: boolean;
  yes: boolean;
  env: NodeJS.ProcessEnv;
}

export interface ApplySetIo {
  confirm: Confirmer;
  watchStops?: (stops: ApplyStops, abort: (reason: Error) => void) => () => void;
  display: TaskListDisplay;
  /** Shows what was read in one drive and its diff, before any question. */
  showDrive(drive: PreparedDrive): void;
  say(text: string): void;
}

export interface DriveOutcome {
  drive: PreparedDrive;
  /** Absent when nothing could be worked out for the drive (see drive.error, drive.assignment). */
  report?: ApplyReport;
}

export interface ApplySetReport {
  planFile: string;
  set: PlanSet;
  drives: DriveOutcome[];
  /** The discs and copies of the set that no drive held or was given. */
  notInDrive: DiscCopy[];
}

export async function runApplySet(inputs: ApplySetInputs, io: ApplySetIo): Promise<ApplySetReport> {
  const drives = await prepareSet(inputs.set, inputs.scans, inputs.drives, { dummy: inputs.dummy, ...(inputs.existing ? { existing: inputs.existing } : {}), env: inputs.env });
  try {
    for (const drive of drives) io.showDrive(drive);
    const toBurn = drives.filter((d) => d.prepared && d.prepared.result.conflicts.length === 0 && hasChanges(d.prepared.result));
    if (toBurn.length > 0) await askToBurn(io, inputs, toBurn);
    if (!inputs.yes) {
      for (const drive of toBurn) {
        const changed = await changedSources(drive.plan!, drive.prepared!);
        if (changed) throw new UserError(`${drive.device}: ${changed}; nothing was burned: run burnplan apply again`);
      }
    }
    const reports = await runDrives(inputs, io, toBurn);
    return {
      planFile: inputs.planFile,
      set: inputs.set,
      drives: drives.map((drive) => {
        const report = reports.get(drive) ?? unwrittenReport(inputs, drive);
        return report ? { drive, report } : { drive };
      }),
      notInDrive: notInAnyDrive(inputs.set.discs, drives.flatMap((d) => (d.assignment ? [d.assignment] : []))),
    };
  } finally {
    await cleanUpSet(drives);
  }
}

async function runDrives(inputs: ApplySetInputs, io: ApplySetIo, toBurn: readonly PreparedDrive[]): Promise<Map<PreparedDrive, ApplyReport>> {
  const stops = setStops(toBurn.length);
  const contexts = toBurn.map((drive, i) => ({ ...newApplyContext(driveInputs(inputs, drive), drive.prepared!, drive.disc!, stops.drives[i]!), ...(toBurn.length > 1 ? { tag: `[${driveTag(drive.device)}]` } : {}) }));
  const groups: ListrTask<ApplyContext>[] = contexts.map((ctx, i) => ({
    title: `${ctx.device}: ${discCopyName(inputs.set.discs, toBurn[i]!.assignment as DiscCopy)}`,
    task: (_c, task) => task.newListr(applySteps(ctx), { exitOnError: true, concurrent: false }),
  }));
  const unwatch = io.watchStops?.(stops.all, (reason) => stops.abort(reason));
  try {
    // each drive's list stops at its first failure; the drives beside it go on
    const options = { concurrent: true, exitOnError: false, registerSignalListeners: false };
    if (io.display === 'test') await new Listr<ApplyContext, 'test'>(groups, { ...options, renderer: 'test' }).run();
    else await new Listr<ApplyContext, 'default', 'simple'>(groups, { ...options, ...io.display, rendererOptions: { collapseSubtasks: false } }).run();
  } finally {
    unwatch?.();
  }
  const reports = new Map<PreparedDrive, ApplyReport>();
  await Promise.all(
    contexts.map(async (ctx, i) => {
      const failure = ctx.failure === undefined ? undefined : await failureAfterReread(ctx, new Error(ctx.failure));
      reports.set(toBurn[i]!, appliedReport(driveInputs(inputs, toBurn[i]!), ctx, failure));
    }),
  );
  return reports;
}

/** "sr1" for /dev/sr1, "copy-2.iso" for stdio:/discs/copy-2.iso. */
function driveTag(device: string): string {
  return device.split('/').pop() || device;
}

function driveInputs(inputs: ApplySetInputs, drive: PreparedDrive & { lock?: DeviceLock }) {
  const plan: Plan = drive.plan!;
  const lock = inputs.drives.find((d) => d.device === drive.device)?.lock;
  return {
    plan,
    planFile: inputs.planFile,
    device: drive.device,
    backend: drive.backend,
    dummy: inputs.dummy,
    verifyData: inputs.verifyData,
    eject: inputs.eject ?? plan.eject,
    yes: inputs.yes,
    env: inputs.env,
    ...(lock ? { lock } : {}),
  };
}

function unwrittenReport(inputs: ApplySetInputs, drive: PreparedDrive): ApplyReport | undefined {
  const result = drive.prepared?.result;
  if (!result) return undefined;
  const outcome = result.conflicts.length > 0 ? 'conflicts' : 'nothing-to-do';
  return unwritten({ planFile: inputs.planFile, device: drive.device, dummy: inputs.dummy }, outcome, result, drive.disc!);
}

/** One question for every drive: what each burns, and which blank disc becomes which. */
async function askToBurn(io: ApplySetIo, inputs: ApplySetInputs, toBurn: readonly PreparedDrive[]): Promise<void> {
  const lines = toBurn.map((drive) => {
    const burns = drive.prepared!.result.actions.filter((a) => a.kind === 'burn-session').length;
    const closes = drive.prepared!.result.finalize === 'close' ? ', then close it (nothing can ever be added afterwards)' : '';
    return `  ${drive.device}: ${whatItHolds(inputs.set, drive)}: ${burns} session${burns === 1 ? '' : 's'}${closes}`;
  });
  io.say(`\n${lines.join('\n')}\n`);
  const question = `${inputs.dummy ? 'Simulate burning on' : 'Burn on'} ${toBurn.length} drive${toBurn.length === 1 ? '' : 's'}?`;
  if (!(await io.confirm.ask(question))) throw new UserError('nothing was burned (not confirmed)');
}

/** "blank BD-R becomes photos-b, copy 2", or "photos-a, copy 1"; after the burn, "photos-b, copy 2 (a blank BD-R before)". */
export function whatItHolds(set: PlanSet, drive: PreparedDrive, when: 'before' | 'after' = 'before'): string {
  const a = drive.assignment;
  if (!a) return drive.error ?? 'not read';
  switch (a.kind) {
    case 'holds':
      return discCopyName(set.discs, a);
    case 'blank-becomes':
      return when === 'after' ? `${discCopyName(set.discs, a)} (a blank ${mediaWords(drive)} before)` : `blank ${mediaWords(drive)} becomes ${discCopyName(set.discs, a)}`;
    case 'duplicate':
      return `${discCopyName(set.discs, a)}, which ${a.otherDevice} holds too: neither is written`;
    case 'blank-unused':
      return `blank ${mediaWords(drive)}, not used: ${a.reason}`;
    case 'foreign':
      return `not a disc of this plan: ${a.reason}`;
  }
}

function mediaWords(drive: PreparedDrive): string {
  const kind = drive.disc!.media.kind;
  return kind === 'virtual' ? 'virtual disc' : mediaTitle(kind);
}
