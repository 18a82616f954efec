// The optical drive nodes the system has (/dev/sr0, /dev/sr1, …), whether this process may open
// them, and their group. The scanning tools only list the drives they can open read-write, so a
// drive hidden by its permissions shows up here and nowhere else (xorriso's manual: "CD devices
// which offer not enough permission are invisible to normal users").
import { accessSync, constants, readdirSync, readFileSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';

export interface DeviceNode {
  path: string;
  /** This process may open it for reading and writing, as burning needs. */
  accessible: boolean;
  /** The node's group by name (Debian and Ubuntu: cdrom), when /etc/group knows it. */
  group?: string;
  /** /etc/group lists the user in `group`, yet this process does not carry it: added since login. */
  joinedSinceLogin?: boolean;
}

export interface NodeSources {
  /** Where to look for sr* nodes; tests give a folder of their own. */
  devDir: string;
  groupFile: string;
}

export const SYSTEM_NODES: NodeSources = { devDir: '/dev', groupFile: '/etc/group' };

export function readOpticalNodes(sources: NodeSources = SYSTEM_NODES): DeviceNode[] {
  let names: string[];
  try {
    names = readdirSync(sources.devDir).filter((name) => /^sr\d+$/.test(name));
  } catch {
    return [];
  }
  const groups = readGroups(sources.groupFile);
  const user = currentUser();
  const processGroups = typeof process.getgroups === 'function' ? process.getgroups() : [];
  return names
    .sort((a, b) => Number(a.slice(2)) - Number(b.slice(2)))
    .flatMap((name) => {
      const file = path.join(sources.devDir, name);
      let gid: number;
      try {
        gid = statSync(file).gid;
      } catch {
        return [];
      }
      const entry = groups.get(gid);
      const node: DeviceNode = { path: file, accessible: canReadWrite(file) };
      if (entry) {
        node.group = entry.name;
        if (user && entry.members.includes(user) && !processGroups.includes(gid)) node.joinedSinceLogin = true;
      }
      return [node];
    });
}

function canReadWrite(file: string): boolean {
  try {
    accessSync(file, constants.R_OK | constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function readGroups(file: string): Map<number, { name: string; members: string[] }> {
  const groups = new Map<number, { name: string; members: string[] }>();
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return groups;
  }
  for (const line of text.split('\n')) {
    const [name, , gid, members] = line.split(':');
    if (name && gid && /^\d+$/.test(gid)) groups.set(Number(gid), { name, members: (members ?? '').split(',').filter(Boolean) });
  }
  return groups;
}

function currentUser(): string | undefined {
  try {
    return userInfo().username;
  } catch {
    return undefined;
  }
}
