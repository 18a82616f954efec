// Why a drive the system has is not listed, and what to tell a user who sees no drive. Pure: the
// scan, the listed drives and the /dev/sr* nodes are all arguments.
import type { DeviceNode } from './device-nodes.js';
import type { DriveScan, ListedDrive, UnusableDevice } from './drive-model.js';

/**
 * The drives that are not listed: busy ones the tool named, and /dev/sr* nodes this process may
 * not open. An unopenable node is reported even when the tool lists the same drive under another
 * name (wodim may list /dev/sg1 for /dev/sr0): what it says about the node stays true.
 */
export function unusableDevices(nodes: readonly DeviceNode[], scan: DriveScan, listed: readonly ListedDrive[]): UnusableDevice[] {
  const shown = new Set(listed.map((drive) => drive.device));
  const unusable: UnusableDevice[] = [];
  for (const device of scan.busy) {
    if (shown.has(device) || unusable.some((u) => u.device === device)) continue;
    unusable.push({ device, reason: 'busy', hint: 'another program is using it (a file manager, a player, a burn); close it and look again' });
  }
  for (const node of nodes) {
    if (node.accessible || shown.has(node.path) || unusable.some((u) => u.device === node.path)) continue;
    const group = node.group && node.group !== 'root' ? node.group : undefined;
    unusable.push({ device: node.path, reason: 'permission', ...(group ? { group } : {}), hint: permissionHint(node, group) });
  }
  return unusable;
}

function permissionHint(node: DeviceNode, group: string | undefined): string {
  if (group && node.joinedSinceLogin) {
    return `you may not open it yet: you were added to the group ${group} after this login; log out and in again (or run "newgrp ${group}")`;
  }
  if (group) return `you may not open it: join the group ${group} (sudo usermod -aG ${group} $USER, then log in again)`;
  return 'you may not open it: only root may (on Debian and Ubuntu, optical drives belong to the group cdrom; check its udev rules)';
}

/** One line for a scan that lists no drive: the tool's words, then the likeliest reason. */
export function noneFoundMessage(scanCommand: string, scan: DriveScan, nodes: readonly DeviceNode[], unusable: readonly UnusableDevice[]): string {
  const tool = scan.problems.length > 0 ? `${scanCommand}: ${scan.problems.join('; ')}` : `${scanCommand} lists none`;
  if (unusable.length > 0) {
    const usable = unusable.some((u) => u.reason === 'permission') ? ' that you may use' : '';
    return `no optical drive found${usable} (${tool}): ${unusable.map((u) => `${u.device}: ${u.hint}`).join('; ')}`;
  }
  if (nodes.length === 0) {
    return `no optical drive found (${tool}); this system has no /dev/sr* device: is a drive connected? (a USB drive takes a few seconds to appear)`;
  }
  const paths = nodes.map((node) => node.path).join(', ');
  return `no optical drive found (${tool}), although ${paths} ${nodes.length === 1 ? 'exists' : 'exist'}`;
}
