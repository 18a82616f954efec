// One apply per device at a time. The lock is a file named after the resolved device, created
// atomically; it records who holds it and, while a burn runs, the writing tools' process ids:
// the tools run in a process group of their own, so they can outlive a burnplan that was killed.
// A lock is taken over only when neither its holder nor any writer it names still runs; a
// process is told from a later one that reuses its pid by its start time.
import { mkdirSync, readFileSync, realpathSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sectorPath } from '../disc/device.js';
import { UserError } from '../errors.js';

export interface ProcessRef {
  pid: number;
  /** Start time in clock ticks since boot (/proc/PID/stat), where the system tells it. */
  started?: number;
}

export interface LockHolder extends ProcessRef {
  since: string;
  device: string;
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
  mkdirSync(dir, { recursive: true });
  const key = lockKey(device);
  const file = path.join(dir, `${createHash('sha256').update(key).digest('hex').slice(0, 24)}.lock`);
  const holder: LockHolder = { ...processRef(process.pid), since: now.toISOString(), device };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, JSON.stringify(holder), { flag: 'wx' });
      return heldLock(file, holder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const current = readHolder(file);
      if (current && isRunning(current)) throw new DeviceBusyError(current, file);
      const writer = current?.writers?.find(isRunning);
      if (current && writer) throw new WriterStillRunningError(current, writer, file);
      // a stale lock: its process and its writers are gone
      try {
        unlinkSync(file);
      } catch {
        // someone else took it over first; the next attempt tells
      }
    }
  }
  const current = readHolder(file);
  throw current ? new DeviceBusyError(current, file) : new UserError(`${device}: cannot lock the device (${file})`);
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
      writeFileSync(temporary, JSON.stringify(next));
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
