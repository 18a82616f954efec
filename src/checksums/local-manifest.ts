// The checksum manifest's file on this computer, grafted into the session by mkisofs. Its path
// is fixed by the session's fingerprint and number and the device, so that the command diff
// prints is the one apply runs. It holds placeholders while the image is measured, the real checksums when burned.
import { createHash } from 'node:crypto';
import { lstat, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../errors.js';
import { CHECKSUM_ALGORITHM, formatManifest, placeholderManifest } from './checksum-manifest.js';
import { hashFile } from './hash-file.js';
import { errnoWords } from '../core/errno-words.js';

export interface PlannedFile {
  discPath: string;
  sourcePath: string;
  size: number;
  mtimeMs: number;
}

export interface ChecksumPlan {
  /** The manifest file on this computer. */
  localPath: string;
  /** Where it lands on the disc. */
  target: string;
  files: ReadonlyArray<PlannedFile>;
}

/**
 * Where the manifests of sessions bound for `device` live. The device is part of the name: the
 * same plan burned at once to two drives (two copies) must not share, and remove, one file;
 * two applies on one device cannot run at once (the device lock).
 */
export function localManifestPaths(device: string): (fingerprint: string, sessionNumber: number) => string {
  const uid = typeof process.getuid === 'function' ? process.getuid() : 'user';
  const deviceTag = createHash('sha256').update(device).digest('hex').slice(0, 8);
  return (fingerprint, sessionNumber) => path.join(tmpdir(), `burnplan-${uid}`, `${fingerprint}-${deviceTag}-session-${String(sessionNumber).padStart(2, '0')}.sha256`);
}

/**
 * Only the size matters for measuring, so a file of the right size is left as it is: it may be
 * the real manifest of an apply burning right now (a diff run meanwhile must not blank it).
 */
export async function writePlaceholderManifest(plan: ChecksumPlan): Promise<void> {
  await ownPrivateFolder(path.dirname(plan.localPath));
  const text = placeholderManifest(plan.files.map((f) => f.discPath));
  const existing = await stat(plan.localPath).catch(() => undefined);
  if (existing?.isFile() && existing.size === Buffer.byteLength(text)) return;
  await writeFile(plan.localPath, text, { mode: 0o600 }).catch((error: unknown) => {
    throw new UserError(`cannot write the session's checksum file ${plan.localPath}: ${errnoWords(error)} (set TMPDIR to a folder you can write to)`);
  });
}

/** Hashes every source and writes the real manifest, which must keep the placeholder's size; returns disc path → SHA-256. */
export async function writeRecordedManifest(plan: ChecksumPlan, onProgress: (files: number, bytes: number) => void): Promise<Map<string, string>> {
  const lines = [];
  let bytes = 0;
  for (const [i, file] of plan.files.entries()) {
    const hex = await hashFile(file.sourcePath, CHECKSUM_ALGORITHM, (n) => {
      bytes += n;
      onProgress(i, bytes);
    }).catch((error: NodeJS.ErrnoException) => {
      if (error instanceof UserError) throw error; // a stop asked for by the caller
      throw new UserError(`cannot read ${file.sourcePath} to record its checksum: ${error.code ?? error.message}`);
    });
    lines.push({ discPath: file.discPath, hex });
  }
  const text = formatManifest(lines);
  const measured = (await stat(plan.localPath)).size;
  if (Buffer.byteLength(text) !== measured) throw new UserError(`the checksum file ${plan.localPath} changed size since the image was measured`);
  await writeFile(plan.localPath, text, { mode: 0o600 });
  return new Map(lines.map((line) => [line.discPath, line.hex]));
}

export async function removeManifest(plan: ChecksumPlan): Promise<void> {
  await rm(plan.localPath, { force: true });
}

// A folder in the shared temporary folder: refuse one that another user made or that is a link.
export async function ownPrivateFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true, mode: 0o700 }).catch((error: unknown) => {
    throw new UserError(`cannot make the folder ${folder} for the session's checksum file: ${errnoWords(error)} (set TMPDIR to a folder you can write to)`);
  });
  const info = await lstat(folder);
  const mine = typeof process.getuid !== 'function' || info.uid === process.getuid();
  if (!info.isDirectory() || !mine) throw new UserError(`${folder} is not a folder of this user: remove it, or set TMPDIR elsewhere`);
}
