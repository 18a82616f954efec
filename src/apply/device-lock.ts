// One apply per device at a time. The lock is a file named after the resolved device, created
// atomically; it records who holds it and, while a burn runs, the writing tools' process ids:
// the tools run in a process group of their own, so they can outlive a burnplan that was killed.
// A lock is taken over only when neither its holder nor any writer it names still runs; a
// process is told from a later one that reuses its pid by its start time.
import { accessSync, chmodSync, constants as fsConstants, mkdirSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sectorPath } from '../disc/device-names.js';
import { UserError } from '../errors.js';
import { errnoWords } from '../core/errno-words.js';

export interface ProcessRef {
  pid: number;
  /** Start time in clock ticks since boot (/proc/PID/stat), where the system tells it. */
  started?: number;
}

export interface LockHolder extends ProcessRef {
  since: string;
  device: string;
  /** The user who took it (another user's stale lock cannot be removed in the shared folder). */
  uid?: number;
  /** The burning tools running for the holder. */
  writers?: ProcessRef[];
}

export interface DeviceLock {
  file: string;
  /** Records the writers now running (an empty list once they ended). */
  recordWriters(pids: readonly number[]): void;
  release(): void;
}

export class DeviceBusyError extends UserError {
  constructor(
    readonly holder: LockHolder,
    file: string,
  ) {
    super(`${holder.device}: another burnplan apply is using this device (pid ${holder.pid}, since ${holder.since}; lock ${file})`);
    this.name = 'DeviceBusyError';
  }
}

export class WriterStillRunningError extends UserError {
  constructor(holder: LockHolder, writer: ProcessRef, file: string) {
    super(
      `${holder.device}: a writing tool (pid ${writer.pid}) started by a burnplan apply that has ended (pid ${holder.pid}, since ${holder.since}) is still running on this device: wait until it ends, then run burnplan diff to see what it wrote (lock ${file})`,
    );
    this.name = 'WriterStillRunningError';
  }
}

/** /dev/cdrom and /dev/sr0 are one drive; stdio:./a.iso and stdio:/abs/a.iso one file. */
export function lockKey(device: string): string {
  const file = sectorPath(device);
  if (!file) return device;
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

export function lockDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return env['BURNPLAN_LOCK_DIR'] ?? path.join(tmpdir(), 'burnplan-locks');
}

export function acquireDeviceLock(device: string, now: Date, env: NodeJS.ProcessEnv = process.env): DeviceLock {
  const dir = lockDirectory(env);
  sharedFolder(dir, env);
  const key = lockKey(device);
  const file = path.join(dir, `${createHash('sha256').update(key).digest('hex').slice(0, 24)}.lock`);
  const holder: LockHolder = { ...processRef(process.pid), since: now.toISOString(), device, ...(process.getuid ? { uid: process.getuid() } : {}) };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      // readable by every user of the drive, so that each can see who holds it
      writeFileSync(file, JSON.stringify(holder), { flag: 'wx', mode: 0o644 });
      return heldLock(file, holder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new UserError(`${device}: cannot take the device lock ${file}: ${errnoWords(error)}${FOLDER_HINT}`);
      const current = readHolder(file);
      if (current && isRunning(current)) throw new DeviceBusyError(current, file);
      const writer = current?.writers?.find(isRunning);
      if (current && writer) throw new WriterStillRunningError(current, writer, file);
      // a stale lock: its process and its writers are gone
      try {
        unlinkSync(file);
      } catch (removal) {
        const code = (removal as NodeJS.ErrnoException).code;
        // another user's stale lock in the shared, sticky folder: only they or root may remove it
        if (code === 'EPERM' || code === 'EACCES') {
          const who = current?.uid === undefined ? 'another user' : `user ${current.uid}`;
          throw new UserError(`${device}: the device lock ${file} was left by ${who} (pid ${current?.pid ?? '?'}, which has ended); only that user or root can remove it`);
        }
        // else someone else took it over first; the next attempt tells
      }
    }
  }
  const current = readHolder(file);
  throw current ? new DeviceBusyError(current, file) : new UserError(`${device}: cannot lock the device (${file})`);
}

const FOLDER_HINT = ' (set BURNPLAN_LOCK_DIR to a folder the drive\'s users can all write to)';

/**
 * The lock folder, shared by every user of the drive: made world-writable and sticky, as /tmp
 * is (each can add a lock, none can remove another's). One made by someone else without those
 * rights is refused in words, not with an internal error.
 */
function sharedFolder(dir: string, env: NodeJS.ProcessEnv): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o1777 });
    const info = statSync(dir);
    if (!info.isDirectory()) throw new UserError(`the lock folder ${dir} is not a folder${FOLDER_HINT}`);
    const mine = process.getuid === undefined || info.uid === process.getuid();
    // mkdir's mode is narrowed by the umask: widen the one we own
    if (mine && (info.mode & 0o1777) !== 0o1777 && env['BURNPLAN_LOCK_DIR'] === undefined) chmodSync(dir, 0o1777);
    accessSync(dir, fsConstants.W_OK | fsConstants.X_OK);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`cannot use the lock folder ${dir}: ${errnoWords(error)}${FOLDER_HINT}`);
  }
}

function heldLock(file: string, holder: LockHolder): DeviceLock {
  let released = false;
  return {
    file,
    recordWriters(pids) {
      if (released) return;
      const next: LockHolder = { ...holder, writers: pids.map(processRef) };
      // written aside and renamed: a reader never sees half a lock
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(next), { mode: 0o644 });
      renameSync(temporary, file);
    },
    release() {
      if (released) return;
      released = true;
      try {
        unlinkSync(file);
      } catch {
        // already gone
      }
    },
  };
}

function readHolder(file: string): LockHolder | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
}

function processRef(pid: number): ProcessRef {
  const started = startTime(pid);
  return started === undefined ? { pid } : { pid, started };
}

/** Alive, and the same process: a pid reused by a later process does not hold the lock. */
export function isRunning(ref: ProcessRef): boolean {
  try {
    process.kill(ref.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const now = procStat(ref.pid);
  // a zombie has ended: it only waits to be reaped (a container's init may never do it)
  if (now?.state === 'Z' || now?.state === 'X') return false;
  return ref.started === undefined || now?.started === undefined || now.started === ref.started;
}

function startTime(pid: number): number | undefined {
  return procStat(pid)?.started;
}

/** Fields 3 (state) and 22 (start time) of /proc/PID/stat, after the command name, which may hold spaces and parentheses. */
function procStat(pid: number): { state: string; started?: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const started = Number(fields[19]);
    return { state: fields[0] ?? '', ...(Number.isFinite(started) ? { started } : {}) };
  } catch {
    return undefined;
  }
}
