// Whether the PAR2 recovery data a session carries can repair the damage verify found: its PAR2
// files read off the disc (whatever they hold), then each damaged, unreadable or missing file
// they cover checked slice by slice, and par2cmdline's rule applied to the sum. Only the PAR2
// files and the files already found damaged are read.
import type { SessionFile } from '../disc/iso9660/read-directory-tree.js';
import { readPar2Set, type Par2File, type Par2Set } from './par2-set.js';
import { canRepair, SliceCheck, slicesToRebuild } from './par2-slice-check.js';
import { readTolerantly, readWholeTolerantly } from './tolerant-read.js';

export interface RepairEstimate {
  /** Intact recovery slices: par2 rebuilds at most this many damaged slices. */
  recoverySlices: number;
  /** Source slices damaged or missing, over every file the set covers. */
  slicesDamaged: number;
  repairable: boolean;
  sliceBytes: number;
}

export type Repairability = RepairEstimate | { unknown: string };

export interface RepairabilityInput {
  /** The device or image the sectors are read from. */
  image: string;
  /** The session's PAR2 files, as its tree lists them (recoveryFilesOf). */
  par2Files: readonly SessionFile[];
  /** Bytes of some of them read already, by disc path: they are not read again. */
  alreadyRead?: ReadonlyMap<string, Buffer>;
  /** The session's tree, by disc path. */
  tree: ReadonlyMap<string, SessionFile>;
  /** Disc paths found damaged or unreadable: only these are checked slice by slice. */
  suspect: ReadonlySet<string>;
}

export async function sessionRepairability(input: RepairabilityInput): Promise<Repairability> {
  if (input.par2Files.length === 0) return { unknown: 'it carries no recovery data' };
  const buffers = [];
  for (const file of input.par2Files) buffers.push(input.alreadyRead?.get(file.path) ?? (await readWholeTolerantly(input.image, file)));
  const set = readPar2Set(buffers);
  if ('problem' in set) return { unknown: `its PAR2 files are unreadable (${set.problem})` };
  let slicesDamaged = 0;
  for (const file of set.files) {
    if (!file.recoverable) continue;
    slicesDamaged += await slicesToRebuildOf(input, set, file);
    if (!Number.isFinite(slicesDamaged)) return { unknown: 'its PAR2 files no longer describe every file they cover' };
  }
  return { recoverySlices: set.recoverySlices, slicesDamaged, repairable: canRepair(set, slicesDamaged), sliceBytes: set.sliceSize };
}

/**
 * For a session whose files and PAR2 files all read back as recorded: the vol files' names say
 * how many recovery slices they hold (par2 names them so, and their checksums vouch for what was
 * made), the index file the slice size; the vol files are not read again.
 */
export function intactRepairability(indexBytes: Buffer, par2Files: readonly { path: string }[]): Repairability {
  const index = readPar2Set([indexBytes]);
  if ('problem' in index) return { unknown: `its PAR2 index file is unreadable (${index.problem})` };
  const recoverySlices = par2Files.reduce((sum, file) => sum + (recoverySlicesInName(file.path) ?? 0), 0);
  return { recoverySlices, slicesDamaged: 0, repairable: true, sliceBytes: index.sliceSize };
}

async function slicesToRebuildOf(input: RepairabilityInput, set: Par2Set, file: Par2File): Promise<number> {
  const all = file.slices?.length ?? (file.size === undefined ? Number.POSITIVE_INFINITY : Math.ceil(file.size / set.sliceSize));
  if (file.name === undefined) return all;
  const discPath = discPathOfStoredName(file.name);
  const onDisc = input.tree.get(discPath);
  if (!onDisc) return all;
  if (!input.suspect.has(discPath)) return 0;
  if (!file.slices) return slicesToRebuild(file, set.sliceSize, 0);
  const check = new SliceCheck(file.slices, set.sliceSize);
  for await (const chunk of readTolerantly(input.image, onDisc)) check.update(chunk);
  return check.finish().length;
}

/** The disc path of a name stored in the PAR2 packets: relative to the root, maybe after './'. */
export function discPathOfStoredName(name: string): string {
  return `/${name.replace(/^(\.\/)+/u, '')}`;
}

const RECOVERY_NAME = /^\/\.burnplan\/session-(\d{2,})(?:\.vol(\d+)\+(\d+))?\.par2$/u;

/** The session's PAR2 files among `files`: its index file first, then its vol files. */
export function recoveryFilesOf<F extends { path: string }>(files: readonly F[], sessionNumber: number): F[] {
  const own = files.filter((file) => Number(RECOVERY_NAME.exec(file.path)?.[1]) === sessionNumber);
  return own.sort((a, b) => Number(isVolumeFile(a.path)) - Number(isVolumeFile(b.path)) || a.path.localeCompare(b.path));
}

export function isRecoveryFile(discPath: string): boolean {
  return RECOVERY_NAME.test(discPath);
}

function isVolumeFile(discPath: string): boolean {
  return RECOVERY_NAME.exec(discPath)?.[3] !== undefined;
}

/** How many recovery slices par2 named a vol file for (`.vol00+10.par2`: 10); undefined for the index file. */
export function recoverySlicesInName(discPath: string): number | undefined {
  const count = RECOVERY_NAME.exec(discPath)?.[3];
  return count === undefined ? undefined : Number(count);
}
