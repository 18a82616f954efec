// Refuses devices that are surely wrong before any tool runs (reads the file system).
import { statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { cdrecordAddressWords, isCdrecordAddress, isVirtual, STDIO } from './device-names.js';

/**
 * Refuses devices that are surely wrong before any tool runs. A regular file is a disc only
 * when written as stdio:PATH, so that no file is ever overwritten by accident.
 */
export function checkDevice(device: string): void {
  if (isVirtual(device)) {
    const file = device.slice(STDIO.length);
    if (file === '') throw new UserError('device "stdio:" needs a file path, e.g. stdio:./disc.iso');
    const folder = path.dirname(file);
    if (!isDirectory(folder)) throw new UserError(`${device}: the folder ${folder} does not exist`);
    const info = statOrUndefined(file);
    if (info?.isDirectory()) throw new UserError(`${device}: is a folder, not a virtual disc file`);
    // a FIFO would block the burn forever, /dev/null swallow it: a virtual disc is a file that
    // keeps what is written and gives it back
    if (info && !info.isFile() && !info.isBlockDevice()) {
      throw new UserError(`${device}: is ${kindOf(info)}, not a virtual disc: a virtual disc is a regular file (or a block device) that keeps what is written to it`);
    }
    return;
  }
  if (isCdrecordAddress(device)) return;
  let info;
  try {
    info = statSync(device);
  } catch {
    throw new UserError(`${device}: no such device`);
  }
  if (info.isFile()) {
    throw new UserError(`${device} is a regular file, not a drive; to use it as a virtual disc, write stdio:${device}`);
  }
  if (info.isDirectory()) throw new UserError(`${device}: is a folder, not a drive`);
}

/**
 * For the commands that write (and diff, which previews a write): the device must be readable
 * back through its sectors before the first write.
 */
export function checkWritableDevice(device: string): void {
  checkDevice(device);
  if (isCdrecordAddress(device)) throw new UserError(cdrecordAddressWords(device));
}

function statOrUndefined(file: string) {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

function kindOf(info: ReturnType<typeof statSync> & object): string {
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}
