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

/**
 * The output without the notices a tool prints while it waits for a busy device and then gets it.
 * cdrkit libusal/scsi-linux-sg.c sg_open_excl() (wodim 1.1.11) retries an EBUSY open up to five
 * times, printing "Error trying to open %s exclusively (%s)... retrying in 1 second." each time
 * and "giving up." on the last: only that last one (and the failure after it) means busy.
 */
export function withoutRetryNotices(output: string): string {
  return output
    .split('\n')
    .filter((line) => !/^Error trying to open .* exclusively \(.*\)\.\.\. retrying in 1 second\.\s*$/.test(line.trim()))
    .join('\n');
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
