// Which device to use, and how to read its sectors directly.
import { statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';

export const DEFAULT_DEVICE = '/dev/sr0';
const STDIO = 'stdio:';
/** cdrecord's `dev=` addresses: `1,0,0`, or with a transport such as `ATA:1,0,0`. */
export const CDRECORD_ADDRESS = /^(?:[A-Za-z]+:)?\d+,\d+,\d+$/;

export interface DeviceChoice {
  device: string;
  /** Where it came from, for messages. */
  from: '--device' | 'plan' | 'BURNPLAN_DEVICE' | 'default';
}

/** `--device`, else the plan's disc.device, else $BURNPLAN_DEVICE, else /dev/sr0. */
export function chooseDevice(option: string | undefined, planDevice: string | undefined, env: NodeJS.ProcessEnv = process.env): DeviceChoice {
  if (option) return { device: resolveFromCwd(option), from: '--device' };
  if (planDevice) return { device: planDevice, from: 'plan' };
  const fromEnv = env['BURNPLAN_DEVICE'];
  if (fromEnv) return { device: resolveFromCwd(fromEnv), from: 'BURNPLAN_DEVICE' };
  return { device: DEFAULT_DEVICE, from: 'default' };
}

export function isVirtual(device: string): boolean {
  return device.startsWith(STDIO);
}

export function isCdrecordAddress(device: string): boolean {
  return CDRECORD_ADDRESS.test(device);
}

/** The path whose bytes are the disc's sectors: the stdio file, or the device node. */
export function sectorPath(device: string): string | undefined {
  if (isVirtual(device)) return device.slice(STDIO.length);
  if (isCdrecordAddress(device)) return undefined;
  return device;
}

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

export function cdrecordAddressWords(device: string): string {
  return `device ${JSON.stringify(device)} is a cdrecord address: burnplan reads every disc it writes back through the drive's device node (the labels, the previous session for mkisofs -M, the data check), and an address gives none of them: give the device node instead, such as /dev/sr0 or /dev/srN (burnplan drives lists them)`;
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

function resolveFromCwd(device: string): string {
  return isVirtual(device) ? STDIO + path.resolve(device.slice(STDIO.length)) : device;
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** The virtual disc's file when it lies inside `source` (or is it): it would be burned into itself. */
export function virtualDiscInside(device: string | undefined, source: string): string | undefined {
  if (!device || !isVirtual(device)) return undefined;
  const disc = path.resolve(device.slice(STDIO.length));
  const relative = path.relative(path.resolve(source), disc);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative)) ? disc : undefined;
}
