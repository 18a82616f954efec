// The decision at the heart of burnplan: plan × disc → what is in sync, what to burn, what
// conflicts. Pure: every input is an argument, no clock, no I/O. Session N of the plan is
// matched with session N on the disc; nothing on a write-once disc can change, so the only
// actions are burning the missing sessions in order, and closing the disc.
import { parseMark } from '../disc/burnplan-mark.js';
import type { Disc, DiscSession } from '../disc/disc-model.js';
import { sectorPath } from '../disc/device-names.js';
import { MEDIA_FACTS, isOverwriteableDisc, mediaTitle } from '../disc/media.js';
import { mediaProblem } from '../disc/media-match.js';
import type { Plan, PlannedSession } from '../plan/plan-model.js';
import type { Command } from '../core/command.js';
import type { Action, DiffResult, PlannedSessionFacts, Problem, SessionRow } from './diff-model.js';
import type { LandingPoint } from './landing-point.js';
import { sessionCost } from './geometry.js';

/** What the diff asks of the tools that will write: the exact commands, built as data. */
export interface DiscWriter {
  /** `landing` is undefined on a blank disc. */
  burnSession(index: number, landing: LandingPoint | undefined, imageSectors: number, close: boolean): Command[];
  /** Closing without a new session, or undefined when these tools cannot. */
  closeDisc(): Command[] | undefined;
  /** Can append to random-access (overwriteable) media, growing one image. */
  growsOverwriteableMedia: boolean;
}

export function computeDiff(plan: Plan, disc: Disc, facts: readonly PlannedSessionFacts[], commands: DiscWriter): DiffResult {
  const conflicts: Problem[] = [];
  const warnings: Problem[] = [];
  const rows: SessionRow[] = [];
  const say = (list: Problem[], code: string, message: string, index?: number) => list.push({ code, message, ...(index === undefined ? {} : { index }) });

  // 1. the sessions already on the disc
  let wrongDiscReported = false;
  plan.sessions.slice(0, disc.sessions.length).forEach((planned, index) => {
    const burned = disc.sessions[index]!;
    const row = matchSession(plan, disc, planned, burned, facts[index]!);
    rows.push(row);
    const shortNote = row.kind === 'conflict' ? undefined : cutShortNote(planned, burned);
    if (shortNote) say(warnings, 'session-cut-short', shortNote, index);
    if (row.kind === 'conflict') {
      const wrongDisc = row.reason.startsWith('another disc');
      if (!wrongDisc || !wrongDiscReported) say(conflicts, wrongDisc ? 'wrong-disc' : conflictCode(row.reason, burned), row.reason, index);
      wrongDiscReported ||= wrongDisc;
    } else if (row.kind === 'adopted' && row.imported) {
      // said once for all of them, below
    } else if (row.kind === 'adopted') {
      say(warnings, 'adopted', `session ${index + 1} (${planned.label}) was not burned by burnplan: taken as in sync by its label; its content cannot be checked`, index);
    } else if (row.kind === 'in-sync' && row.sourcesGone) {
      say(warnings, 'sources-gone', `session ${index + 1} (${planned.label}): its sources are gone from this computer (already burned): taken as in sync by its mark and label, its files not compared with the plan`, index);
    } else if (row.kind === 'drift') {
      say(warnings, 'drift', `session ${index + 1} (${planned.label}) was burned from other files than the plan lists now (fingerprint ${row.burnedFingerprint} on the disc, ${row.plannedFingerprint} planned); a burned session cannot change: put the changes in a new session`, index);
    }
  });
  const imported = rows.filter((r) => r.kind === 'adopted' && r.imported).map((r) => (r.kind === 'adopted' ? r.index + 1 : 0));
  if (imported.length > 0) {
    const which = imported.length === 1 ? `session ${imported[0]} is` : `sessions ${imported.join(', ')} are`;
    const one = imported.length === 1;
    say(warnings, 'imported', `${which} imported: taken as in sync by ${one ? 'its label' : 'their labels'}; ${one ? 'its' : 'their'} content is not in the plan`);
  }
  const extra = disc.sessions.slice(plan.sessions.length);
  for (const session of extra) rows.push({ kind: 'extra', disc: session });
  if (extra.length > 0) {
    const which = extra.length === 1 ? `session ${extra[0]!.number} is` : `sessions ${extra.map((s) => s.number).join(', ')} are`;
    say(conflicts, 'extra-sessions', `the disc has ${count(disc.sessions.length, 'session')} but the plan lists ${plan.sessions.length}: ${which} not in the plan`);
  }

  if (disc.unfinishedSession) {
    say(conflicts, 'unfinished-session', 'the disc holds a session that was begun and never finished (an interrupted burn?): burnplan will not write after it; close it by hand (cdrecord -fix) if you want to keep the disc, then run diff again');
  }
  for (const session of disc.sessions) {
    if (session.problem && session.problem.kind !== 'unfinished') {
      say(conflicts, 'problem-session', `session ${session.number} is ${session.problem.kind === 'cut-short' ? 'cut short' : 'unreadable'}: ${session.problem.detail}; burnplan will not write after it`);
    }
  }
  for (const line of disc.damage ?? []) say(conflicts, 'damaged-disc', `the disc looks damaged: ${line}; nothing will be written to it`);
  if (disc.status !== 'blank' && disc.sessions.length === 0) {
    say(conflicts, 'unreadable-layout', `the disc is ${disc.status} but no session could be read from it: refusing to guess where to write`);
  }

  // 2. the sessions to burn
  const missing = plan.sessions.slice(disc.sessions.length);
  const virtual = disc.media.kind === 'virtual';
  // random-access media are grown, never closed (virtual discs are said apart, below)
  const unclosable = virtual || isOverwriteableDisc(disc.media.kind, disc.media.description);
  const actions: Action[] = [];
  let burnSectors = 0;
  let free = disc.freeSectors;
  let lastStart = disc.sessions[disc.sessions.length - 1]?.startLba;
  let nwa = disc.status === 'blank' ? (disc.nextWritableAddress ?? 0) : disc.nextWritableAddress;
  let sessionNumber = disc.sessions.length + 1;
  let lastSize: number | undefined;

  if (missing.length > 0 || (plan.finalize === 'close' && disc.status === 'appendable')) checkWritable(plan, disc, commands, conflicts, say);
  if (missing.length > 0) {
    if (disc.status === 'closed') say(conflicts, 'closed-disc', `the disc is closed but ${missing.length} of the plan's sessions ${missing.length === 1 ? 'is' : 'are'} not on it: nothing can be added to a closed disc`);
    const limit = mediaSessionLimit(disc);
    if (limit !== undefined && disc.sessions.length + missing.length > limit) {
      say(conflicts, 'too-many-sessions', `the plan needs ${disc.sessions.length + missing.length} sessions but this disc holds at most ${limit}`);
    }
    checkExtensionsKept(disc.sessions, missing, disc.sessions.length, conflicts, say);
  }
  const firstImported = missing.find((s) => s.imported);
  if (firstImported) {
    say(conflicts, 'imported-missing', `session ${firstImported.index + 1} (${firstImported.label}) is marked imported but the disc does not hold it: an imported session lists no files and cannot be burned`, firstImported.index);
    for (const planned of missing) rows.push({ kind: 'conflict', index: planned.index, label: planned.label, reason: planned.imported ? 'imported, but not on the disc' : `comes after the imported session ${firstImported.index + 1}, which is not on the disc` });
  }
  if (!firstImported) missing.forEach((planned, offset) => {
    const index = disc.sessions.length + offset;
    if (disc.status === 'closed') {
      rows.push({ kind: 'conflict', index, label: planned.label, reason: 'the disc is closed' });
      return;
    }
    const size = facts[index]?.size;
    const closes = plan.finalize === 'close' && offset === missing.length - 1 && !unclosable;
    if (!size || nwa === undefined) {
      rows.push({ kind: 'conflict', index, label: planned.label, reason: 'its size or landing place is unknown' });
      say(conflicts, 'size-unknown', `session ${index + 1} (${planned.label}): its size or landing place could not be determined`, index);
      return;
    }
    const cost = sessionCost(disc.media.kind, size.sectors, sessionNumber);
    if (free !== undefined && cost.occupied > free) {
      say(conflicts, 'does-not-fit', `session ${index + 1} (${planned.label}) needs ${cost.occupied} sectors but only ${Math.max(free, 0)} are free at that point`, index);
    }
    const landing = lastStart === undefined ? undefined : { lastSessionStart: lastStart, nextWritableAddress: nwa };
    const freeAfter = free === undefined ? undefined : closes ? 0 : free - cost.occupied - cost.gapAfter;
    const landingExact = offset === 0 || (cost.exact && missing.slice(0, offset).every((_, k) => facts[disc.sessions.length + k]?.size?.exact));
    rows.push({
      kind: 'to-burn',
      index,
      label: planned.label,
      size,
      landingLba: nwa,
      landingExact,
      ...(free === undefined ? {} : { freeBefore: free }),
      ...(freeAfter === undefined ? {} : { freeAfter }),
      closes,
      joliet: planned.options.joliet,
      rockRidge: planned.options.rockRidge,
      replaces: facts[index]?.replaces ?? [],
    });
    actions.push({ kind: 'burn-session', index, label: planned.label, commands: commands.burnSession(index, landing, size.sectors, closes), expectedStart: nwa, closes, final: size.exact && landingExact });
    burnSectors += size.sectors;
    lastSize = size.sectors;
    lastStart = nwa;
    nwa = nwa + cost.occupied + cost.gapAfter;
    free = freeAfter;
    sessionNumber += 1;
  });

  // 3. closing
  let finalize: DiffResult['finalize'] = 'stays-open';
  if (disc.status === 'closed') {
    finalize = 'already-closed';
    if (plan.finalize === 'open' && missing.length === 0) say(conflicts, 'closed-but-open-planned', 'the plan keeps the disc open (finalize: open) but the disc is already closed');
  } else if (plan.finalize === 'close') {
    if (virtual) {
      finalize = 'close-skipped';
      say(warnings, 'virtual-not-closed', 'a virtual disc cannot be closed (xorriso keeps stdio files appendable): the close step is left out');
    } else if (unclosable) {
      // xorriso(1) 1.5.4, -close on: "This will have no effect on overwritable media types."
      finalize = 'close-skipped';
      say(warnings, 'overwriteable-not-closed', `a ${mediaTitle(disc.media.kind)} cannot be closed (it is overwriteable: xorriso keeps it appendable): the close step is left out`);
    } else if (missing.length > 0) {
      finalize = 'close';
    } else if (disc.status === 'appendable') {
      const close = commands.closeDisc();
      if (close) {
        actions.push({ kind: 'close-disc', commands: close });
        finalize = 'close';
      } else {
        say(conflicts, 'cannot-close', 'xorriso cannot close a disc without writing a session: install wodim or cdrecord (cdrecord -fix closes it), or set BURNPLAN_CDRECORD');
      }
    }
  }
  if (missing.some((_, k) => facts[disc.sessions.length + k]?.size?.exact === false)) {
    say(warnings, 'size-estimated', 'sizes marked ~ are estimates: each session after the first to burn is measured exactly right before it is burned');
  }

  const freeAfter = finalize === 'close' ? 0 : free;
  const next = lastSize === undefined ? undefined : sessionCost(disc.media.kind, lastSize, sessionNumber);
  const perSession = next ? next.occupied + next.gapAfter : undefined;
  // a virtual disc's free space is its file system's: "sessions that still fit" means nothing there
  const limit = mediaSessionLimit(disc);
  const sessionsLeft = limit === undefined ? Infinity : limit - sessionNumber + 1;
  const moreSessionsFit =
    freeAfter !== undefined && perSession && finalize === 'stays-open' && !virtual ? Math.max(0, Math.min(sessionsLeft, Math.floor(freeAfter / perSession))) : undefined;
  return {
    disc: {
      device: disc.device,
      media: disc.media.kind,
      mediaDescription: disc.media.description,
      status: disc.status,
      sessions: disc.sessions.length,
      ...(disc.nextWritableAddress === undefined ? {} : { nextWritableAddress: disc.nextWritableAddress }),
      ...(disc.freeSectors === undefined ? {} : { freeSectors: disc.freeSectors }),
    },
    rows,
    actions: conflicts.length > 0 ? [] : actions,
    conflicts,
    warnings,
    finalize,
    burnSectors,
    ...(freeAfter === undefined ? {} : { freeAfter }),
    ...(moreSessionsFit === undefined ? {} : { moreSessionsFit }),
  };
}

function matchSession(plan: Plan, disc: Disc, planned: PlannedSession, burned: DiscSession, facts: PlannedSessionFacts): SessionRow {
  const { label, index } = planned;
  const fs = burned.filesystem;
  if (!fs && sectorPath(disc.device) === undefined) {
    return { kind: 'conflict', index, label, disc: burned, reason: `the labels cannot be read through the cdrecord address ${disc.device}: give the device path (/dev/srN) instead` };
  }
  if (!fs) return { kind: 'conflict', index, label, disc: burned, reason: `session ${index + 1} on the disc holds no ISO 9660 file system, the plan expects "${label}"` };
  const shortfall = cutShortConflict(planned, burned);
  if (shortfall) return { kind: 'conflict', index, label, disc: burned, reason: shortfall };
  const mark = parseMark(fs.applicationId);
  if (mark && fs.volumeSetId !== plan.disc.id) {
    return { kind: 'conflict', index, label, disc: burned, reason: `another disc is in the drive: its sessions belong to disc id "${fs.volumeSetId}", the plan is for "${plan.disc.id}"` };
  }
  if (fs.volumeId !== label) {
    return { kind: 'conflict', index, label, disc: burned, reason: `session ${index + 1} on the disc is "${fs.volumeId}", the plan expects "${label}"` };
  }
  // an imported session lists no files: there is no fingerprint to compare with
  if (planned.imported) return { kind: 'adopted', index, label, disc: burned, imported: true };
  if (!mark) return { kind: 'adopted', index, label, disc: burned };
  // burned from this plan's disc, with its label: its files can no longer be compared
  if (facts.sourcesGone) return { kind: 'in-sync', index, label, disc: burned, sourcesGone: true };
  if (mark.fingerprint !== facts.fingerprint.toUpperCase()) {
    return { kind: 'drift', index, label, disc: burned, burnedFingerprint: mark.fingerprint, plannedFingerprint: facts.fingerprint };
  }
  return { kind: 'in-sync', index, label, disc: burned };
}

type Say = (list: Problem[], code: string, message: string, index?: number) => void;

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * A session cut short when it was burned: its file system claims more sectors than the disc
 * holds. Only padding lost: every file reads back, and the next session lands at the real next
 * writable address. Files lost: nothing is written after it until the plan accepts it.
 */
function cutShortConflict(planned: PlannedSession, burned: DiscSession): string | undefined {
  const fs = burned.filesystem!;
  if (fs.volumeSpaceSize <= burned.sizeSectors) return undefined;
  const lost = burned.lostFiles;
  const claim = `its file system claims ${fs.volumeSpaceSize} sectors but only ${burned.sizeSectors} are on the disc`;
  if (lost === undefined) return `session ${burned.number} on the disc is cut short: ${claim}, and its directory tree cannot be read to tell what is lost`;
  if (lost.length === 0 || planned.acceptCutShort) return undefined;
  return `session ${burned.number} on the disc is cut short: ${claim}; ${describeLost(lost)}. To go on with this disc, add "acceptCutShort: true" to session ${burned.number} in the plan and burn the lost files again in a new session (under another path, or touched: mkisofs keeps a copy of the same path, size and time)`;
}

/** The warning for a cut-short session that is not in the way: padding only, or accepted. */
function cutShortNote(planned: PlannedSession, burned: DiscSession): string | undefined {
  const fs = burned.filesystem;
  if (!fs || fs.volumeSpaceSize <= burned.sizeSectors || burned.lostFiles === undefined) return undefined;
  const missing = fs.volumeSpaceSize - burned.sizeSectors;
  if (burned.lostFiles.length === 0) {
    return `session ${burned.number} (${planned.label}) was cut short when it was burned: ${missing} sectors of padding at its end are missing, but every file lies within what was written; new sessions are appended after it`;
  }
  return `session ${burned.number} (${planned.label}) was cut short when it was burned (accepted in the plan): ${describeLost(burned.lostFiles)}`;
}

function describeLost(lost: readonly string[]): string {
  const shown = lost.slice(0, 3).join(', ');
  const more = lost.length > 3 ? ` and ${lost.length - 3} more` : '';
  return `${lost.length === 1 ? '1 file lies' : `${lost.length} files lie`} past the end and cannot be read back whole: ${shown}${more}`;
}

function conflictCode(reason: string, burned: DiscSession): string {
  if (reason.startsWith('the labels cannot be read')) return 'labels-unreadable';
  if (reason.includes('is cut short')) return 'session-cut-short';
  return burned.filesystem ? 'label-mismatch' : 'not-iso9660';
}

function checkWritable(plan: Plan, disc: Disc, writer: DiscWriter, conflicts: Problem[], say: Say): void {
  const problem = mediaProblem(plan.disc.media, disc, writer);
  if (problem) say(conflicts, problem.code, problem.message);
}

function mediaSessionLimit(disc: Disc): number | undefined {
  const kind = disc.media.kind;
  return kind in MEDIA_FACTS ? MEDIA_FACTS[kind as keyof typeof MEDIA_FACTS].maxSessions : undefined;
}

function checkExtensionsKept(burned: readonly DiscSession[], missing: Plan['sessions'], firstIndex: number, conflicts: Problem[], say: Say): void {
  const discHasJoliet = burned.some((s) => s.filesystem?.joliet);
  const discHasRockRidge = burned.some((s) => s.filesystem?.rockRidge);
  missing.forEach((planned, offset) => {
    const index = firstIndex + offset;
    if (discHasJoliet && !planned.options.joliet) {
      say(conflicts, 'drops-joliet', `session ${index + 1} (${planned.label}) has no Joliet but the disc's earlier sessions do: readers would lose the Joliet names of every file`, index);
    }
    if (discHasRockRidge && !planned.options.rockRidge) {
      say(conflicts, 'drops-rock-ridge', `session ${index + 1} (${planned.label}) has no Rock Ridge but the disc's earlier sessions do: readers would lose the long names of every file`, index);
    }
  });
}
