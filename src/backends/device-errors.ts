// Errors about the device or the disc in it, in words a user can act on, with the tool's own
// words in brackets.
import { statSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { UserError } from '../errors.js';

export class DeviceError extends UserError {
  constructor(
    readonly device: string,
    readonly reason: 'missing' | 'permission' | 'busy' | 'no-medium' | 'unreadable' | 'unparsable' | 'tool-failed',
    message: string,
  ) {
    super(`${device}: ${message}`);
    this.name = 'DeviceError';
  }
}

/** "…; join the group cdrom (sudo usermod -aG cdrom $USER, then log in again)", when the device node says which group. */
export function permissionHint(devicePath: string | undefined): string {
  if (!devicePath || !devicePath.startsWith('/dev/')) return '';
  const group = groupOf(devicePath);
  return group ? `; join the group ${group} (sudo usermod -aG ${group} $USER, then log in again)` : '';
}

function groupOf(file: string): string | undefined {
  try {
    const gid = statSync(file).gid;
    const line = readFileSync('/etc/group', 'utf8')
      .split('\n')
      .find((entry) => entry.split(':')[2] === String(gid));
    return line?.split(':')[0];
  } catch {
    return undefined;
  }
}
