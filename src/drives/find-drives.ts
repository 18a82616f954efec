// Lists the optical drives: one scan by the chosen tool, then (unless told not to) one media read
// per drive, and a look at /dev/sr* to explain drives the scan could not show. Read-only.
//   xorriso:   xorriso -devices
//   wodim:     wodim --devices       (device paths; -scanbus would give only bus addresses)
//   cdrskin:   cdrskin --devices
//   cdrecord:  cdrecord -scanbus     (cdrtools has no --devices; its drives are bus addresses 1,0,0)
import path from 'node:path';
import { chooseBackendName } from '../backends/backend.js';
import { parseCdrecordVersion, type CdrecordIdentity } from '../backends/cdrecord/cdrecord-variant.js';
import type { ToolInfo } from '../disc/disc-model.js';
import { UserError } from '../errors.js';
import type { BackendChoice } from '../plan/plan-model.js';
import { findProgram } from '../tools/programs.js';
import { formatCommand, howItEnded, type Command } from '../core/command.js';
import { runProgram } from '../tools/run-program.js';
import { readOpticalNodes, SYSTEM_NODES, type NodeSources } from './device-nodes.js';
import type { DriveScan, DrivesReport, FoundDrive, ListedDrive } from './drive-model.js';
import { noneFoundMessage, unusableDevices } from './explain-drives.js';
import { parseCdrecordDevices } from './parse-cdrecord-devices.js';
import { parseCdrecordScanbus } from './parse-cdrecord-scanbus.js';
import { parseXorrisoDevices, xorrisoVersion } from './parse-xorriso-devices.js';
import { readCdrecordMedia, readXorrisoMedia, type MediaReading } from './read-drive-media.js';

export interface FindDrivesOptions {
  backend: BackendChoice;
  /** Read what is in each drive (one table-of-contents read per drive). */
  media: boolean;
  env?: NodeJS.ProcessEnv;
  nodes?: NodeSources;
}

interface Scanner {
  tool: ToolInfo;
  command: Command;
  parse(output: string): DriveScan;
  readMedia(device: string): Promise<MediaReading>;
}

export async function findDrives(options: FindDrivesOptions): Promise<DrivesReport> {
  const env = options.env ?? process.env;
  const backend = chooseBackendName(options.backend, '', env);
  const scanner = backend === 'xorriso' ? xorrisoScanner(env) : await cdrecordScanner(env);
  const result = await runProgram(scanner.command, { access: 'read', env });
  if (result.signal) throw new UserError(`${result.command.program} ${howItEnded(result)}`);
  const output = `${result.stderr}\n${result.stdout}`;
  const scan = scanner.parse(output);
  if (backend === 'xorriso') scanner.tool.version = xorrisoVersion(output);
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
async function withMedia(drives: readonly ListedDrive[], scanner: Scanner): Promise<FoundDrive[]> {
  return Promise.all(
    drives.map(async (drive) => {
      const reading = await scanner.readMedia(drive.device);
      const revision = drive.revision ?? reading.revision;
      return { ...drive, ...(revision ? { revision } : {}), media: reading.media };
    }),
  );
}

function xorrisoScanner(env: NodeJS.ProcessEnv): Scanner {
  const program = findProgram('xorriso', env);
  return {
    tool: { backend: 'xorriso', program },
    command: { program, args: ['-devices'] },
    parse: parseXorrisoDevices,
    readMedia: (device) => readXorrisoMedia(program, device, env),
  };
}

async function cdrecordScanner(env: NodeJS.ProcessEnv): Promise<Scanner> {
  const program = findProgram('cdrecord', env);
  const identity = await identify(program, env);
  const scanbus = identity.variant === 'cdrecord';
  return {
    tool: { backend: 'cdrecord', program, version: identity.version },
    command: { program, args: [scanbus ? '-scanbus' : '--devices'] },
    parse: scanbus ? parseCdrecordScanbus : parseCdrecordDevices,
    readMedia: (device) => readCdrecordMedia(program, device, env),
  };
}

/** cdrecord, wodim or cdrskin: their drive lists differ (see cdrecord-variant.ts for the texts). */
async function identify(program: string, env: NodeJS.ProcessEnv): Promise<CdrecordIdentity> {
  const result = await runProgram({ program, args: ['-version'] }, { access: 'read', env });
  if (result.signal) throw new UserError(`${result.command.program} ${howItEnded(result)}`);
  const identity = parseCdrecordVersion(`${result.stdout}\n${result.stderr}`);
  if (identity) return identity;
  const first = `${result.stdout}\n${result.stderr}`.trim().split('\n')[0] ?? '';
  throw new UserError(`${program} -version: not cdrecord, wodim or cdrskin (it printed "${first}")`);
}
