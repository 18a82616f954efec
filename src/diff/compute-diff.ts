// The decision at the heart of burnplan: plan × disc → what is in sync, what to burn, what
// conflicts. Pure: every input is an argument, no clock, no I/O. Session N of the plan is
// matched with session N on the disc; nothing on a write-once disc can change, so the only
// actions are burning the missing sessions in order, and closing the disc.
import type { Command } from '../core/command.js';
import type { Disc } from '../disc/disc-model.js';
import { MEDIA_FACTS, isOverwriteableDisc, mediaTitle } from '../disc/media.js';
import { mediaProblem } from '../disc/media-match.js';
import type { Plan } from '../plan/plan-model.js';
import { chosenCopy } from './chosen-copy.js';
import { DiffFindings } from './diff-findings.js';
import type { Action, DiffResult, PlannedSessionFacts, SessionRow } from './diff-model.js';
import { sessionCost } from './geometry.js';
import type { LandingPoint } from './landing-point.js';
import { matchBurned } from './match-burned.js';

/** What the diff asks of the tools that will write: the exact commands, built as data. */
export interface DiscWriter {
  /** `landing` is undefined on a blank disc. */
  burnSession(index: number, landing: LandingPoint | undefined, imageSectors: number, close: boolean): Command[];
  /** Closing without a new session, or undefined when these tools cannot. */
  closeDisc(): Command[] | undefined;
  /** Can append to random-access (overwriteable) media, growing one image. */
  growsOverwriteableMedia: boolean;
}

/** The sessions to burn, laid out one after the other from the disc's next writable address. */
interface Burns {
  rows: SessionRow[];
  actions: Action[];
  burnSectors: number;
  /** Free sectors after the last one; undefined when the disc does not say. */
  free: number | undefined;
  /** The size of the last one to burn, and the number the next session would have. */
  lastSize: number | undefined;
  nextSessionNumber: number;
}

export function computeDiff(plan: Plan, disc: Disc, facts: readonly PlannedSessionFacts[], writer: DiscWriter): DiffResult {
  const findings = new DiffFindings();
  const copy = chosenCopy(plan, disc);
  const rows = matchBurned(plan, disc, facts, copy, findings);
  checkDiscState(disc, findings);
  checkCopy(plan, copy, plan.sessions.length > disc.sessions.length, findings);
  const burns = planBurns(plan, disc, facts, writer, findings);
  const finalize = planClosing(plan, disc, writer, burns, findings);
  if (facts.slice(disc.sessions.length).some((f) => f.size?.exact === false)) {
    findings.warn('size-estimated', 'sizes marked ~ are estimates: each session after the first to burn is measured exactly right before it is burned');
  }
  const freeAfter = finalize === 'close' ? 0 : burns.free;
  const moreSessionsFit = sessionsThatStillFit(disc, burns, finalize, freeAfter);
  return {
    disc: {
      device: disc.device,
      ...(copy === undefined ? {} : { copy }),
      copies: plan.copies,
      media: disc.media.kind,
      mediaDescription: disc.media.description,
      status: disc.status,
      sessions: disc.sessions.length,
      ...(disc.nextWritableAddress === undefined ? {} : { nextWritableAddress: disc.nextWritableAddress }),
      ...(disc.freeSectors === undefined ? {} : { freeSectors: disc.freeSectors }),
    },
    rows: [...rows, ...burns.rows],
    actions: findings.conflicts.length > 0 ? [] : burns.actions,
    conflicts: findings.conflicts,
    warnings: findings.warnings,
    finalize,
    burnSectors: burns.burnSectors,
    ...(freeAfter === undefined ? {} : { freeAfter }),
    ...(moreSessionsFit === undefined ? {} : { moreSessionsFit }),
  };
}

/** What makes the disc as read unfit to write after, whatever the plan says. */
function checkDiscState(disc: Disc, findings: DiffFindings): void {
  if (disc.unfinishedSession) {
    findings.conflict('unfinished-session', 'the disc holds a session that was begun and never finished (an interrupted burn?): burnplan will not write after it; close it by hand (cdrecord -fix) if you want to keep the disc, then run diff again');
  }
  for (const session of disc.sessions) {
    if (session.problem && session.problem.kind !== 'unfinished') {
      findings.conflict('problem-session', `session ${session.number} is ${session.problem.kind === 'cut-short' ? 'cut short' : 'unreadable'}: ${session.problem.detail}; burnplan will not write after it`);
    }
  }
  for (const line of disc.damage ?? []) findings.conflict('damaged-disc', `the disc looks damaged: ${line}; nothing will be written to it`);
  if (disc.status !== 'blank' && disc.sessions.length === 0) {
    findings.conflict('unreadable-layout', `the disc is ${disc.status} but no session could be read from it: refusing to guess where to write`);
  }
}

function planBurns(plan: Plan, disc: Disc, facts: readonly PlannedSessionFacts[], writer: DiscWriter, findings: DiffFindings): Burns {
  const missing = plan.sessions.slice(disc.sessions.length);
  const burns: Burns = { rows: [], actions: [], burnSectors: 0, free: disc.freeSectors, lastSize: undefined, nextSessionNumber: disc.sessions.length + 1 };
  if (missing.length > 0 || (plan.finalize === 'close' && disc.status === 'appendable')) {
    const problem = mediaProblem(plan.disc.media, disc, writer);
    if (problem) findings.conflict(problem.code, problem.message);
  }
  if (missing.length > 0) checkSessionsToAdd(disc, missing, findings);
  const firstImported = missing.find((s) => s.imported);
  if (firstImported) {
    findings.conflict('imported-missing', `session ${firstImported.index + 1} (${firstImported.label}) is marked imported but the disc does not hold it: an imported session lists no files and cannot be burned`, firstImported.index);
    for (const planned of missing) burns.rows.push({ kind: 'conflict', index: planned.index, label: planned.label, reason: planned.imported ? 'imported, but not on the disc' : `comes after the imported session ${firstImported.index + 1}, which is not on the disc` });
    return burns;
  }
  const closes = (offset: number) => plan.finalize === 'close' && offset === missing.length - 1 && !unclosable(disc);
  let lastStart = disc.sessions[disc.sessions.length - 1]?.startLba;
  let nwa = disc.status === 'blank' ? (disc.nextWritableAddress ?? 0) : disc.nextWritableAddress;
  missing.forEach((planned, offset) => {
    const index = disc.sessions.length + offset;
    if (disc.status === 'closed') {
      burns.rows.push({ kind: 'conflict', index, label: planned.label, reason: 'the disc is closed' });
      return;
    }
    const size = facts[index]?.size;
    if (!size || nwa === undefined) {
      burns.rows.push({ kind: 'conflict', index, label: planned.label, reason: 'its size or landing place is unknown' });
      findings.conflict('size-unknown', `session ${index + 1} (${planned.label}): its size or landing place could not be determined`, index);
      return;
    }
    const cost = sessionCost(disc.media.kind, size.sectors, burns.nextSessionNumber);
    const free = burns.free;
    if (free !== undefined && cost.occupied > free) {
      findings.conflict('does-not-fit', `session ${index + 1} (${planned.label}) needs ${cost.occupied} sectors but only ${Math.max(free, 0)} are free at that point`, index);
    }
    const landing = lastStart === undefined ? undefined : { lastSessionStart: lastStart, nextWritableAddress: nwa };
    const freeAfter = free === undefined ? undefined : closes(offset) ? 0 : free - cost.occupied - cost.gapAfter;
    const landingExact = offset === 0 || (cost.exact && missing.slice(0, offset).every((_, k) => facts[disc.sessions.length + k]?.size?.exact));
    burns.rows.push({
      kind: 'to-burn',
      index,
      label: planned.label,
      size,
      landingLba: nwa,
      landingExact,
      ...(free === undefined ? {} : { freeBefore: free }),
      ...(freeAfter === undefined ? {} : { freeAfter }),
      closes: closes(offset),
      joliet: planned.options.joliet,
      rockRidge: planned.options.rockRidge,
      replaces: facts[index]?.replaces ?? [],
      ...(facts[index]?.recovery ? { recovery: facts[index].recovery } : {}),
    });
    burns.actions.push({ kind: 'burn-session', index, label: planned.label, commands: writer.burnSession(index, landing, size.sectors, closes(offset)), expectedStart: nwa, closes: closes(offset), final: size.exact && landingExact });
    burns.burnSectors += size.sectors;
    burns.lastSize = size.sectors;
    lastStart = nwa;
    nwa = nwa + cost.occupied + cost.gapAfter;
    burns.free = freeAfter;
    burns.nextSessionNumber += 1;
  });
  return burns;
}

/** Whether the disc can take the sessions still to burn at all. */
function checkSessionsToAdd(disc: Disc, missing: Plan['sessions'], findings: DiffFindings): void {
  if (disc.status === 'closed') findings.conflict('closed-disc', `the disc is closed but ${missing.length} of the plan's sessions ${missing.length === 1 ? 'is' : 'are'} not on it: nothing can be added to a closed disc`);
  const limit = mediaSessionLimit(disc);
  if (limit !== undefined && disc.sessions.length + missing.length > limit) {
    findings.conflict('too-many-sessions', `the plan needs ${disc.sessions.length + missing.length} sessions but this disc holds at most ${limit}`);
  }
  const discHasJoliet = disc.sessions.some((s) => s.filesystem?.joliet);
  const discHasRockRidge = disc.sessions.some((s) => s.filesystem?.rockRidge);
  for (const planned of missing) {
    if (discHasJoliet && !planned.options.joliet) {
      findings.conflict('drops-joliet', `session ${planned.index + 1} (${planned.label}) has no Joliet but the disc's earlier sessions do: readers would lose the Joliet names of every file`, planned.index);
    }
    if (discHasRockRidge && !planned.options.rockRidge) {
      findings.conflict('drops-rock-ridge', `session ${planned.index + 1} (${planned.label}) has no Rock Ridge but the disc's earlier sessions do: readers would lose the long names of every file`, planned.index);
    }
  }
}

/**
 * A plan of several copies burns onto a disc only when it knows which copy the disc is; a disc of
 * a copy the plan does not keep is no disc of the plan, with or without sessions to burn.
 */
function checkCopy(plan: Plan, copy: number | undefined, toBurn: boolean, findings: DiffFindings): void {
  // another disc in the drive says nothing of this plan's copies
  if (findings.conflicts.some((c) => c.code === 'wrong-disc')) return;
  if (copy === undefined) {
    if (!toBurn) return;
    findings.conflict('copy-unknown', `the plan keeps ${plan.copies} copies of "${plan.disc.id}" and this disc does not say which one it is: choose the copy it becomes with --copy N (1 to ${plan.copies})`);
  } else if (copy > plan.copies) {
    findings.conflict('copy-not-planned', `this disc is copy ${copy} of "${plan.disc.id}", but the plan keeps ${plan.copies} ${plan.copies === 1 ? 'copy' : 'copies'}: raise copies in the plan to go on with it`);
  }
}

/** What happens to the disc at the end; a close without a new session is an action of its own. */
function planClosing(plan: Plan, disc: Disc, writer: DiscWriter, burns: Burns, findings: DiffFindings): DiffResult['finalize'] {
  const missing = plan.sessions.length > disc.sessions.length;
  if (disc.status === 'closed') {
    if (plan.finalize === 'open' && !missing) findings.conflict('closed-but-open-planned', 'the plan keeps the disc open (finalize: open) but the disc is already closed');
    return 'already-closed';
  }
  if (plan.finalize !== 'close') return 'stays-open';
  if (disc.media.kind === 'virtual') {
    findings.warn('virtual-not-closed', 'a virtual disc cannot be closed (xorriso keeps stdio files appendable): the close step is left out');
    return 'close-skipped';
  }
  if (unclosable(disc)) {
    // xorriso(1) 1.5.4, -close on: "This will have no effect on overwritable media types."
    findings.warn('overwriteable-not-closed', `a ${mediaTitle(disc.media.kind)} cannot be closed (it is overwriteable: xorriso keeps it appendable): the close step is left out`);
    return 'close-skipped';
  }
  if (missing) return 'close';
  if (disc.status !== 'appendable') return 'stays-open';
  const close = writer.closeDisc();
  if (!close) {
    findings.conflict('cannot-close', 'xorriso cannot close a disc without writing a session: install wodim or cdrecord (cdrecord -fix closes it), or set BURNPLAN_CDRECORD');
    return 'stays-open';
  }
  burns.actions.push({ kind: 'close-disc', commands: close });
  return 'close';
}

/** Random-access media are grown, never closed (and a virtual disc is a file). */
function unclosable(disc: Disc): boolean {
  return disc.media.kind === 'virtual' || isOverwriteableDisc(disc.media.kind, disc.media.description);
}

/** Sessions of the last one's size that would still fit; a virtual disc's free space is its file system's, so none is said there. */
function sessionsThatStillFit(disc: Disc, burns: Burns, finalize: DiffResult['finalize'], freeAfter: number | undefined): number | undefined {
  if (burns.lastSize === undefined || freeAfter === undefined || finalize !== 'stays-open' || disc.media.kind === 'virtual') return undefined;
  const next = sessionCost(disc.media.kind, burns.lastSize, burns.nextSessionNumber);
  const perSession = next.occupied + next.gapAfter;
  if (!perSession) return undefined;
  const limit = mediaSessionLimit(disc);
  const sessionsLeft = limit === undefined ? Infinity : limit - burns.nextSessionNumber + 1;
  return Math.max(0, Math.min(sessionsLeft, Math.floor(freeAfter / perSession)));
}

function mediaSessionLimit(disc: Disc): number | undefined {
  const kind = disc.media.kind;
  return kind in MEDIA_FACTS ? MEDIA_FACTS[kind as keyof typeof MEDIA_FACTS].maxSessions : undefined;
}
