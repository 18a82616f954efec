// One apply, from the disc as it is to the report of what was burned: read the disc, work out
// and show the diff, ask, check that the sources are still what was measured (measuring anew
// when they changed while the question waited), then run the steps. Conflicts stop it before
// anything is written; nothing to do writes nothing.
import type { Backend } from '../backends/backend-interface.js';
import type { Disc } from '../disc/disc-model.js';
import { hasChanges, type DiffResult } from '../diff/diff-model.js';
import { discState, discStateChanges, type SavedDiff } from '../diff/saved-diff.js';
import { UserError } from '../errors.js';
import { cleanUpPrepared, prepareDiff, type PreparedDiff } from '../gather/prepare-diff.js';
import type { Plan } from '../plan/plan-model.js';
import { scanSession, type SessionManifest } from '../sources/session-manifest.js';
import { describeChanges, sourceChanges } from '../sources/source-changes.js';
import type { ApplyContext, ApplyStops, SessionReport } from './apply-context.js';
import type { ApplyReport } from './apply-report.js';
import { applyTasks, type TaskListDisplay } from './apply-tasks.js';
import type { Confirmer } from './confirm.js';
import type { DeviceLock } from './device-lock.js';
import { confirmSession, sessionIdentityProblems } from './verify-burn.js';
import { AgreedTrees } from '../verify/check-trees.js';

export interface ApplyInputs {
  plan: Plan;
  planFile: string;
  device: string;
  backend: Backend;
  /** The sources as the plan's check scanned them (for the first diff only). */
  manifests?: readonly SessionManifest[];
  /** A diff saved by `burnplan diff --out`: applied only as it was saved. */
  saved?: SavedDiff;
  dummy: boolean;
  verifyData: boolean;
  eject: boolean;
  /** Nothing is asked (--yes): the disc just read is the disc about to be written. */
  yes: boolean;
  lock?: DeviceLock;
  env: NodeJS.ProcessEnv;
}

export interface ApplyIo {
  confirm: Confirmer;
  /** Called when the steps start (not while a question waits): turns the user's stops into
   * `stops.requested` and `abort`; returns what undoes it. */
  watchStops?: (stops: ApplyStops, abort: (reason: Error) => void) => () => void;
  display: TaskListDisplay;
  /** Shows each diff worked out, before any question. */
  showDiff(result: DiffResult): void;
  /** A line of what happens between the diff and the steps. */
  say(text: string): void;
}

/** Sources changed since the last question are measured and asked about again, a few times at most. */
const MAX_QUESTIONS = 3;

export async function runApply(inputs: ApplyInputs, io: ApplyIo): Promise<ApplyReport> {
  const { plan, device, backend, saved } = inputs;
  let disc = await backend.readDisc(device);
  let prepared = await prepareDiff(plan, disc, backend, { dummy: inputs.dummy, ...(inputs.manifests ? { manifests: inputs.manifests } : {}) });
  try {
    if (saved) checkSavedDiff(saved, discState(disc), prepared.fingerprints, prepared.result);
    // what was measured is what is burned: sources that changed while the question waited are
    // measured anew and the question asked again (a saved diff is bound to what it measured)
    for (let asked = 0; ; asked++) {
      const { result } = prepared;
      io.showDiff(result);
      if (result.conflicts.length > 0) return unwritten(inputs, 'conflicts', result, disc);
      if (!hasChanges(result)) return unwritten(inputs, 'nothing-to-do', result, disc);
      await askToBurn(io.confirm, result, plan, device, inputs.dummy);
      // with --yes nothing waited: each session's own check right before its burn is enough
      const changed = inputs.yes ? undefined : await changedSources(plan, prepared);
      if (!changed) break;
      if (saved || asked >= MAX_QUESTIONS - 1) throw new UserError(`${changed}; nothing was burned: run burnplan ${saved ? 'diff --out' : 'apply'} again`);
      io.say(`\n${changed}: measuring again.\n\n`);
      await cleanUpPrepared(prepared);
      disc = await backend.readDisc(device);
      prepared = await prepareDiff(plan, disc, backend, { dummy: inputs.dummy });
    }
    return await runSteps(inputs, io, prepared, disc);
  } finally {
    await cleanUpPrepared(prepared);
  }
}

async function runSteps(inputs: ApplyInputs, io: ApplyIo, prepared: PreparedDiff, disc: Disc): Promise<ApplyReport> {
  const controller = new AbortController();
  const stops: ApplyStops = { signal: controller.signal, writing: { active: false } };
  const ctx = newApplyContext(inputs, prepared, disc, stops);
  let failure: string | undefined;
  const unwatch = io.watchStops?.(stops, (reason) => controller.abort(reason));
  try {
    await applyTasks(ctx, io.display).run();
  } catch (error) {
    failure = await failureAfterReread(ctx, error);
  } finally {
    unwatch?.();
  }
  return appliedReport(inputs, ctx, failure);
}

/** What the steps of one drive share while they run. */
export function newApplyContext(inputs: ApplyInputs, prepared: PreparedDiff, disc: Disc, stops: ApplyStops): ApplyContext {
  return {
    plan: inputs.plan,
    device: inputs.device,
    backend: inputs.backend,
    prepared,
    actions: prepared.result.actions,
    dummy: inputs.dummy,
    verifyData: inputs.verifyData,
    eject: inputs.eject,
    stops,
    agreedTrees: new AgreedTrees(),
    ...(inputs.lock ? { lock: inputs.lock } : {}),
    env: inputs.env,
    commands: new Map(),
    reports: sessionReports(prepared),
    started: new Set(),
    closed: false,
    ejected: false,
    disc,
    // with --yes nothing was asked: the disc just read is the disc about to be written; after
    // a question, the first check reads it again (it may have been swapped meanwhile)
    ...(inputs.yes ? { freshDisc: disc } : {}),
  };
}

/** Why the steps stopped, with the disc re-read for the report (what is on it now is what counts). */
export async function failureAfterReread(ctx: ApplyContext, error: unknown): Promise<string> {
  let failure = error instanceof Error ? error.message : String(error);
  try {
    ctx.disc = await ctx.backend.readDisc(ctx.device);
    // a session whose own re-read was stopped is confirmed by this one, when it shows it as burned
    const expected = ctx.unconfirmed;
    const report = expected && ctx.reports.find((r) => r.index === expected.index);
    if (expected && report && sessionIdentityProblems(ctx.disc, expected).length === 0) confirmSession(report, ctx.disc, expected);
  } catch (reread) {
    failure += ` (and the disc could not be re-read: ${(reread as Error).message})`;
  }
  return failure;
}

export function appliedReport(inputs: Pick<ApplyInputs, 'planFile' | 'device' | 'dummy'>, ctx: ApplyContext, failure: string | undefined): ApplyReport {
  const stoppedBy = ctx.stops.requested?.signal;
  return {
    planFile: inputs.planFile,
    device: inputs.device,
    dummy: inputs.dummy,
    outcome: 'applied',
    result: ctx.prepared.result,
    // a session whose steps never started has nothing to report
    sessions: ctx.reports.filter((r) => ctx.started.has(r.index)),
    closed: ctx.closed,
    ejected: ctx.ejected,
    disc: ctx.disc,
    ...(failure === undefined ? {} : { failure }),
    ...(stoppedBy ? { stoppedBy } : {}),
  };
}

/** One report per session to burn, filled in by its steps. */
function sessionReports(prepared: PreparedDiff): SessionReport[] {
  return prepared.result.actions.flatMap((action) =>
    action.kind === 'burn-session'
      ? [{ index: action.index, label: prepared.contents[action.index]!.label, fingerprint: prepared.fingerprints[action.index]!, burned: false, identityVerified: false, dataVerified: 'not-done' as const, damaged: [] }]
      : [],
  );
}

export function unwritten(inputs: Pick<ApplyInputs, 'planFile' | 'device' | 'dummy'>, outcome: 'conflicts' | 'nothing-to-do', result: DiffResult, disc: Disc): ApplyReport {
  return { planFile: inputs.planFile, device: inputs.device, dummy: inputs.dummy, outcome, result, sessions: [], closed: false, ejected: false, disc };
}

async function askToBurn(confirm: Confirmer, result: DiffResult, plan: Plan, device: string, dummy: boolean): Promise<void> {
  const burns = result.actions.filter((a) => a.kind === 'burn-session').length;
  if (burns > 0 && !(await confirm.ask(`${dummy ? 'Simulate burning' : 'Burn'} ${burns} session${burns === 1 ? '' : 's'} to ${device}?`))) throw new UserError('nothing was burned (not confirmed)');
  if (result.finalize === 'close' && !(await confirm.ask(`Close the disc "${plan.disc.id}" in ${device}? Nothing can ever be added to it afterwards.`))) {
    throw new UserError('nothing was burned (closing the disc was not confirmed)');
  }
}

/** Why the sources of the sessions to burn no longer are what was measured, or undefined. */
export async function changedSources(plan: Plan, prepared: PreparedDiff): Promise<string | undefined> {
  for (const action of prepared.result.actions) {
    if (action.kind !== 'burn-session') continue;
    const changes = sourceChanges(prepared.manifests[action.index]!, await scanSession(plan.sessions[action.index]!));
    if (changes.length > 0) return `the sources of session ${action.index + 1} (${action.label}) changed since they were measured: ${describeChanges(changes)}`;
  }
  return undefined;
}

function checkSavedDiff(saved: SavedDiff, now: ReturnType<typeof discState>, fingerprints: string[], result: SavedDiff['result']): void {
  const changes = discStateChanges(saved.discState, now);
  if (changes.length > 0) throw new UserError(`the disc changed since the diff was saved: ${changes.join('; ')}`);
  if (JSON.stringify(saved.plannedFingerprints) !== JSON.stringify(fingerprints)) {
    throw new UserError('the planned files changed since the diff was saved (their fingerprints differ): run burnplan diff --out again');
  }
  if (JSON.stringify(saved.result.actions) !== JSON.stringify(result.actions)) {
    throw new UserError('the plan changed since the diff was saved (its actions differ): run burnplan diff --out again');
  }
}
