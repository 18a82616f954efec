// verify's work on the disc in one drive: every chosen session read back and checked against the
// checksums recorded when it was burned (verify of one disc, and of each disc of a set).
import { DeviceError } from '../disc/device-errors.js';
import { parseMark } from '../disc/burnplan-mark.js';
import { attachFilesystems } from '../disc/read-session-filesystems.js';
import { sectorPath } from '../disc/device-names.js';
import { IsoReadError } from '../disc/iso9660/iso-read-error.js';
import { readSessionFiles } from '../disc/iso9660/read-directory-tree.js';
import { checkDevice } from '../disc/device.js';
import type { Disc, DiscSession } from '../disc/disc-model.js';
import type { Backend } from '../backends/backend-interface.js';
import { listSessionMd5s } from '../backends/list-session-md5s.js';
import { vouchesForChecksumFile } from '../checksums/sealed-mark.js';
import { UserError } from '../errors.js';
import type { Plan } from '../plan/plan-model.js';
import type { VerifyReport } from '../render/verify-report.js';
import { scanSession } from '../sources/session-manifest.js';
import { findProgram, hasProgram } from '../tools/programs.js';
import type { ProgramResult } from '../tools/run-program.js';
import type { SessionVerification } from '../verify/verify-model.js';
import { verifySession } from '../verify/verify-session.js';
import { AgreedTrees } from '../verify/check-trees.js';
import { taskListRenderer, type TaskListRendererOptions } from './task-list-renderer.js';
import { verifyTasks, type FirstStep, type VerifyOne } from './verify-tasks.js';

/** Every chosen session of the disc in one drive, read back and checked. */
export async function verifyDrive(
  planFile: string,
  plan: Plan,
  device: string,
  backend: Backend,
  options: { session?: number; againstSources?: boolean; json?: boolean; /** the disc as just read (a set's run): its table of contents is not asked for again */ discRead?: Disc },
): Promise<VerifyReport> {
  const image = sectorPath(device)!; // checkSectorsReadable refused the devices without one
  const disc = options.discRead ?? (await backend.readDisc(device, { identities: 'none' }));
  const sessions = chosenSessions(disc, options.session);
  const unreadable = await attachEachIdentity(device, disc.sessions);
  refuseAnotherDisc(disc, plan);
  const xorriso = hasProgram('xorriso') ? findProgram('xorriso') : undefined;
  const readable = sessions.filter((s) => !unreadable.has(s.number));
  const md5s = xorriso ? md5ListingStep(xorriso, image, device, readable.filter(recordsMd5s)) : undefined;
  const listings = md5s?.listings ?? new Map<number, ProgramResult>();
  // each session's trees carry the earlier sessions' files: what one agreed on, the next need not compare again
  const agreedTrees = new AgreedTrees();
  const verifyOne: VerifyOne = async (session, onBytes) => {
    const sources = options.againstSources ? await plannedSources(plan, session) : undefined;
    const md5Listing = listings.get(session.startLba);
    return verifySession({ image, device, session, agreedTrees, ...(xorriso ? { xorriso } : {}), ...(md5Listing ? { md5Listing } : {}), ...(sources ? { sources } : {}), onBytes });
  };
  const read = await verifyTasks(readable, verifyOne, progressRenderer(Boolean(options.json)), process.stderr, md5s?.step).run();
  const results = sessions.map((session) => {
    const broken = unreadable.get(session.number);
    return broken === undefined ? read.get(session.number)! : unreadableSession(session, broken);
  });
  // the catalog beside the plan, when there is one, learns whether this copy read back intact
  const { recordVerifiedSessions } = await import('../catalog/record-verify.js');
  try {
    await recordVerifiedSessions(planFile, disc.sessions, results);
  } catch (error) {
    // what was read back is told all the same; only the catalog's flag is not set
    if (!(error instanceof UserError)) throw error;
    process.stderr.write(`warning: the catalog was not updated: ${error.message}\n`);
  }
  return { plan: planFile, device, discId: plan.disc.id, discSessions: disc.sessions.length, sessions: results };
}

/** A data session whose mark vouches for no checksum file of its own: its record is xorriso's MD5s. */
function recordsMd5s(session: DiscSession): boolean {
  return !session.audio && session.filesystem !== undefined && !vouchesForChecksumFile(session.filesystem.applicationId);
}

/**
 * The MD5s of several sessions in one drive call, as the list's first step; the listings fill in
 * when it runs. A single session is left to its own read (the same one call), and so is one the
 * run does not part.
 */
function md5ListingStep(xorriso: string, image: string, device: string, sessions: readonly DiscSession[]): { step: FirstStep; listings: Map<number, ProgramResult> } | undefined {
  if (sessions.length < 2) return undefined;
  const listings = new Map<number, ProgramResult>();
  const task = async () => {
    const listed = await treesThatRead(image, sessions);
    if (listed.length < 2) return;
    for (const [lba, listing] of await listSessionMd5s(xorriso, device, listed.map((s) => s.startLba))) listings.set(lba, listing);
  };
  return { step: { title: `reading the MD5s xorriso recorded in ${sessions.length} sessions`, task }, listings };
}

/**
 * The sessions whose directory tree burnplan's own reader reads: xorriso is given only those, as
 * when each session is verified on its own (a crafted tree can keep xorriso loading it forever).
 */
async function treesThatRead(image: string, sessions: readonly DiscSession[]): Promise<DiscSession[]> {
  const readable: DiscSession[] = [];
  for (const session of sessions) {
    try {
      await readSessionFiles(image, session.startLba, { sessionNumber: session.number });
      readable.push(session);
    } catch (error) {
      if (!(error instanceof IsoReadError)) throw error;
    }
  }
  return readable;
}

/** verify reads the sectors itself, which a cdrecord address does not give. */
export function checkSectorsReadable(device: string): void {
  checkDevice(device);
  if (sectorPath(device) === undefined) throw new UserError(`${device}: verify reads the disc's sectors itself: give the drive's device node (such as /dev/sr0), not a cdrecord address`);
}

/** Each session's identity on its own: a damaged one is reported, and the others still verified. */
async function attachEachIdentity(device: string, sessions: readonly DiscSession[]): Promise<Map<number, string>> {
  const unreadable = new Map<number, string>();
  const data = sessions.filter((s) => !s.audio);
  try {
    await attachFilesystems(device, data); // one pass, as status reads them
    return unreadable;
  } catch (error) {
    if (!(error instanceof DeviceError)) throw error;
  }
  for (const session of data) {
    try {
      await attachFilesystems(device, [session]);
    } catch (error) {
      if (!(error instanceof DeviceError)) throw error;
      unreadable.set(session.number, error.message);
    }
  }
  return unreadable;
}

function unreadableSession(session: DiscSession, why: string): SessionVerification {
  return { number: session.number, label: '', startLba: session.startLba, outcome: 'damaged', filesChecked: 0, bytesRead: 0, damaged: [], earlierCopies: [], missing: [], readErrors: [], treeMismatches: [], unrecorded: [], note: `its volume descriptors cannot be read: ${why}` };
}

function chosenSessions(disc: Disc, number: number | undefined): DiscSession[] {
  if (disc.sessions.length === 0) throw new UserError(`${disc.device}: the disc is blank: nothing to verify`);
  if (number === undefined) return disc.sessions;
  const session = disc.sessions.find((s) => s.number === number);
  if (!session) throw new UserError(`--session must be a session of the disc, 1 to ${disc.sessions.length} (got "${number}")`);
  return [session];
}

/** The same rule as diff's: a session burnplan burned names the disc it belongs to. */
export function refuseAnotherDisc(disc: Disc, plan: Plan): void {
  const other = disc.sessions.find((s) => s.filesystem && parseMark(s.filesystem.applicationId) && s.filesystem.volumeSetId !== plan.disc.id);
  if (other) throw new UserError(`${disc.device}: another disc is in the drive: its sessions belong to disc id "${other.filesystem!.volumeSetId}", the plan is for "${plan.disc.id}"`);
}

/** The plan's session at the same position, when its label matches the disc's. */
async function plannedSources(plan: Plan, session: DiscSession) {
  const planned = plan.sessions[session.number - 1];
  if (!planned || planned.label !== session.filesystem?.volumeId) return undefined;
  const manifest = await scanSession(planned);
  return manifest.entries.filter((e) => e.kind === 'file').map((e) => ({ discPath: e.discPath, sourcePath: e.sourcePath }));
}

/** Progress is for someone watching: off a terminal verify prints its report alone, as scripts expect. */
function progressRenderer(json: boolean): TaskListRendererOptions {
  const isTTY = Boolean(process.stderr.isTTY);
  return { ...taskListRenderer({ json, isTTY, env: process.env }), silentRendererCondition: json || !isTTY };
}
