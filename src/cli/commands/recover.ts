// `burnplan recover PLAN --session N --out DIR [--device D] [--retries N] [--json]`: copies every
// readable sector of a session's files off the disc into DIR, repairs them with par2 from the
// PAR2 files the session carries, and checks each against the checksums recorded when it was
// burned. Never writes the disc. Exit 0 when no file is lost, 1 otherwise.
import path from 'node:path';
import { attachFilesystems } from '../../disc/read-session-filesystems.js';
import { sectorPath } from '../../disc/device-names.js';
import { EXIT_ERROR, ExitError, UserError } from '../../errors.js';
import { loadSet } from '../../plan/check-plan.js';
import { chooseDisc } from '../../plan/choose-disc.js';
import type { BackendChoice } from '../../plan/plan-model.js';
import { paletteFor } from '../../render/colors.js';
import { recoverJson, renderRecover } from '../../render/recover-report.js';
import { recoverOk } from '../../recovery/recover-model.js';
import { checkOutDir } from '../../recovery/out-dir.js';
import { recoverSession } from '../../recovery/recover-session.js';
import { findProgram, hasProgram } from '../../tools/programs.js';
import { openDevice } from '../open-disc.js';
import { recoverTasks } from '../recover-tasks.js';
import { plannedDevice } from '../set-run.js';
import { taskListRenderer } from '../task-list-renderer.js';
import { checkSectorsReadable, refuseAnotherDisc } from '../verify-drive.js';

export interface RecoverOptions {
  disc?: string;
  device?: string;
  backend?: BackendChoice;
  /** required and checked by commander: a whole number from 1 */
  session: number;
  out: string;
  /** checked by commander: a whole number from 0 */
  retries?: number;
  json?: boolean;
}

export async function recoverCommand(planFile: string, options: RecoverOptions): Promise<void> {
  const outDir = path.resolve(options.out);
  // refused before the disc is read: nothing of the user's is overwritten
  await checkOutDir(outDir);
  const set = await loadSet(planFile);
  const plan = chooseDisc(set, options.disc);
  const { device, backend } = await openDevice({ deviceOption: options.device, backendOption: options.backend, plannedDisc: { ...plan.disc, device: plannedDevice(set, plan) }, check: checkSectorsReadable });
  const image = sectorPath(device)!; // checkSectorsReadable refused the devices without one
  const disc = await backend.readDisc(device, { identities: 'none' });
  if (disc.sessions.length === 0) throw new UserError(`${device}: the disc is blank: nothing to recover`);
  const session = disc.sessions.find((s) => s.number === options.session);
  if (!session) throw new UserError(`--session must be a session of the disc, 1 to ${disc.sessions.length} (got "${options.session}")`);
  await attachFilesystems(device, disc.sessions.filter((s) => !s.audio));
  refuseAnotherDisc(disc, plan);
  const previous = disc.sessions.find((s) => s.number === session.number - 1);
  const xorriso = hasProgram('xorriso') ? findProgram('xorriso') : undefined;
  const renderer = taskListRenderer({ json: Boolean(options.json), isTTY: Boolean(process.stderr.isTTY), env: process.env });
  const tasks = recoverTasks(session.number, (hooks) => recoverSession({ image, device, session, outDir, ...(previous ? { previous } : {}), ...(xorriso ? { xorriso } : {}), ...(options.retries === undefined ? {} : { retries: options.retries }), ...hooks }), renderer);
  const { recovery } = await tasks.run();
  const report = { plan: planFile, discId: plan.disc.id, ...recovery! };
  process.stdout.write(options.json ? recoverJson(report) : renderRecover(report, paletteFor(process.stdout)));
  if (!recoverOk(report)) throw new ExitError(EXIT_ERROR);
}
