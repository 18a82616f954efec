// Device names: which device to use, what kind a name is, and where its sectors can be read.
// Pure: nothing here touches the file system (device.ts checks that a device exists).
import path from 'node:path';

export const DEFAULT_DEVICE = '/dev/sr0';
export const STDIO = 'stdio:';
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

export function cdrecordAddressWords(device: string): string {
  return `device ${JSON.stringify(device)} is a cdrecord address: burnplan reads every disc it writes back through the drive's device node (the labels, the previous session for mkisofs -M, the data check), and an address gives none of them: give the device node instead, such as /dev/sr0 or /dev/srN (burnplan drives lists them)`;
}

function resolveFromCwd(device: string): string {
  return isVirtual(device) ? STDIO + path.resolve(device.slice(STDIO.length)) : device;
}

/** The virtual disc's file when it lies inside `source` (or is it): it would be burned into itself. */
export function virtualDiscInside(device: string | undefined, source: string): string | undefined {
  if (!device || !isVirtual(device)) return undefined;
  const disc = path.resolve(device.slice(STDIO.length));
  const relative = path.relative(path.resolve(source), disc);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative)) ? disc : undefined;
}
