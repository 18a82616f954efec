// Lists the optical drives: one scan by the chosen tool, then (unless told not to) one media read
// per drive, and a look at /dev/sr* to explain drives the scan could not show. Read-only.
//   xorriso:   xorriso -devices
//   wodim:     wodim --devices       (device paths; -scanbus would give only bus addresses)
//   cdrskin:   cdrskin --devices
//   cdrecord:  cdrecord -scanbus     (cdrtools has no --devices; its drives are bus addresses 1,0,0)
import path from 'node:path';
import { chooseBackendName, loadBackend } from '../backends/backend.js';
import { formatCommand, howItEnded } from '../core/command.js';
import { UserError } from '../errors.js';
import type { BackendChoice } from '../plan/plan-model.js';
import { runProgram } from '../tools/run-program.js';
import { readOpticalNodes, SYSTEM_NODES, type NodeSources } from './device-nodes.js';
import type { DrivesReport, FoundDrive, ListedDrive } from './drive-model.js';
import type { DriveScanner } from './drive-scanner.js';
import { noneFoundMessage, unusableDevices } from './explain-drives.js';

export interface FindDrivesOptions {
  backend: BackendChoice;
  /** Read what is in each drive (one table-of-contents read per drive). */
  media: boolean;
  env?: NodeJS.ProcessEnv;
  nodes?: NodeSources;
}

export async function findDrives(options: FindDrivesOptions): Promise<DrivesReport> {
  const env = options.env ?? process.env;
  const backend = await loadBackend(chooseBackendName(options.backend, '', env), env);
  const scanner = await backend.driveScanner();
  const result = await runProgram(scanner.command, { access: 'read', env });
  if (result.signal) throw new UserError(`${result.command.program} ${howItEnded(result)}`);
  const output = `${result.stderr}\n${result.stdout}`;
  const scan = scanner.parse(output);
  if (scanner.versionFrom) scanner.tool.version = scanner.versionFrom(output);
  const drives = options.media ? await withMedia(scan.drives, scanner) : scan.drives;
  const nodes = readOpticalNodes(options.nodes ?? SYSTEM_NODES);
  const unusable = unusableDevices(nodes, scan, drives);
  // what a user could paste: the program's name, not the path it was found at
  const scanCommand = formatCommand({ program: path.basename(scanner.command.program), args: scanner.command.args });
  return {
    tool: scanner.tool,
    scanCommand,
    drives,
    unusable,
    ...(drives.length === 0 ? { noneFound: noneFoundMessage(scanCommand, scan, nodes, unusable) } : {}),
  };
}

/** The drives are independent devices: read them all at once. */
async function withMedia(drives: readonly ListedDrive[], scanner: DriveScanner): Promise<FoundDrive[]> {
  return Promise.all(
    drives.map(async (drive) => {
      const reading = await scanner.readMedia(drive.device);
      const revision = drive.revision ?? reading.revision;
      return { ...drive, ...(revision ? { revision } : {}), media: reading.media };
    }),
  );
}
