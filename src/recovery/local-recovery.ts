// The recovery files of sessions to burn on this computer. Their folder is fixed by the
// session's fingerprint, number, amount and device, so that the command diff prints is the one
// apply runs. While diff measures, they are sparse placeholders of the most par2 can write;
// apply makes the real ones in a private folder and moves them in just before the measure. A
// diff run during an apply leaves the apply's files alone: it writes only placeholders that are
// missing, and each process removes only the files it wrote.
import { createHash } from 'node:crypto';
import { mkdtemp, open, rename, rm, rmdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { errnoWords } from '../core/errno-words.js';
import { ownPrivateFolder } from '../checksums/local-manifest.js';
import { UserError } from '../errors.js';
import { makeRecovery, type MakeRecoveryOptions } from './make-recovery.js';
import type { SessionRecovery } from './session-recovery.js';

/** Where the recovery files of sessions bound for `device` live. */
export function localRecoveryDirs(device: string): (fingerprint: string, sessionNumber: number, percent: number) => string {
  const uid = typeof process.getuid === 'function' ? process.getuid() : 'user';
  const deviceTag = createHash('sha256').update(device).digest('hex').slice(0, 8);
  return (fingerprint, sessionNumber, percent) =>
    path.join(tmpdir(), `burnplan-${uid}`, `${fingerprint}-${deviceTag}-session-${String(sessionNumber).padStart(2, '0')}-recovery-${percent}`);
}

/** The files this process wrote: path → inode, so that only they are removed. */
const written = new Map<string, number>();

/** Sparse files of each output file's largest size, where no file is yet. */
export async function writeRecoveryPlaceholders(recovery: SessionRecovery): Promise<void> {
  await ownPrivateFolder(path.dirname(recovery.localDir));
  await ownPrivateFolder(recovery.localDir);
  for (const file of recovery.files) {
    const handle = await open(file.localPath, 'wx', 0o600).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return undefined;
      throw new UserError(`cannot write the session's recovery file ${file.localPath}: ${errnoWords(error)} (set TMPDIR to a folder you can write to)`);
    });
    if (!handle) continue;
    try {
      await handle.truncate(file.maxBytes);
      written.set(file.localPath, (await handle.stat()).ino);
    } finally {
      await handle.close();
    }
  }
}

/** Runs par2 for the session and puts its files where the burn reads them; returns their bytes. */
export async function makeSessionRecovery(recovery: SessionRecovery, options: MakeRecoveryOptions): Promise<number> {
  await ownPrivateFolder(path.dirname(recovery.localDir));
  await ownPrivateFolder(recovery.localDir);
  const fresh = await mkdtemp(path.join(recovery.localDir, 'making-'));
  try {
    const made = await makeRecovery(recovery.layout, fresh, { workDir: fresh, ...options });
    for (const file of made) {
      const target = path.join(recovery.localDir, file.name);
      await rename(file.path, target);
      written.set(target, (await stat(target)).ino);
    }
    return made.reduce((sum, file) => sum + file.bytes, 0);
  } finally {
    await rm(fresh, { recursive: true, force: true });
  }
}

/** Removes the session's recovery files this process wrote, and their folder once empty. */
export async function removeRecovery(recovery: SessionRecovery): Promise<void> {
  for (const file of recovery.files) {
    const inode = written.get(file.localPath);
    if (inode === undefined) continue;
    written.delete(file.localPath);
    const now = await stat(file.localPath).catch(() => undefined);
    if (now?.ino === inode) await rm(file.localPath, { force: true });
  }
  await rmdir(recovery.localDir).catch(() => undefined);
}
