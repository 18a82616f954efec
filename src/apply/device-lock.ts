// One apply per device at a time. The lock is a file named after the resolved device, created
// atomically; it records who holds it. A lock whose process is gone is taken over.
import { mkdirSync, readFileSync, realpathSync, unlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sectorPath } from '../disc/device.js';
import { UserError } from '../errors.js';

export interface LockHolder {
  pid: number;
  since: string;
  device: string;
}

export interface DeviceLock {
  file: string;
  release(): void;
}

export class DeviceBusyError extends UserError {
  constructor(readonly holder: LockHolder) {
    super(`${holder.device}: another burnplan apply is using this device (pid ${holder.pid}, since ${holder.since})`);
    this.name = 'DeviceBusyError';
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
  const holder: LockHolder = { pid: process.pid, since: now.toISOString(), device };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, JSON.stringify(holder), { flag: 'wx' });
      let released = false;
      return {
        file,
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
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const current = readHolder(file);
      if (current && isAlive(current.pid)) throw new DeviceBusyError(current);
      // a stale lock: its process is gone
      try {
        unlinkSync(file);
      } catch {
        // someone else took it over first; the next attempt tells
      }
    }
  }
  const current = readHolder(file);
  throw current ? new DeviceBusyError(current) : new UserError(`${device}: cannot lock the device (${file})`);
}

function readHolder(file: string): LockHolder | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
