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
    if (isDirectory(file)) throw new UserError(`${device}: is a folder, not a virtual disc file`);
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
