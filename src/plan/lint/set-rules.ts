// The discs of a set, against each other: each needs its own id, and discs that share a device
// are burned on it one after the other.
import type { Finding } from '../finding.js';
import type { PlanSet } from '../plan-model.js';
import type { Locator } from '../yaml-locate.js';
import { finding } from './lint-context.js';

export function setRules(set: PlanSet, locate: Locator): Finding[] {
  const findings: Finding[] = [];
  const firstWithId = new Map<string, number>();
  const firstOnDevice = new Map<string, number>();
  set.discs.forEach((plan, i) => {
    const { id, device } = plan.disc;
    const earlier = firstWithId.get(id);
    if (earlier === undefined) firstWithId.set(id, i);
    else findings.push(finding('error', 'duplicate-disc-id', `disc id ${JSON.stringify(id)} is already used by disc ${earlier + 1} of the set: each disc needs its own id, or one could be taken for another`, locate.value(['discs', i, 'id'])));
    if (device === undefined) return;
    const sharing = firstOnDevice.get(device);
    if (sharing === undefined) {
      firstOnDevice.set(device, i);
      return;
    }
    const first = set.discs[sharing]!.disc.id;
    findings.push(
      finding('warning', 'shared-device', `disc ${i + 1} (${id}) uses ${shownDevice(device, set.baseDir)}, as disc ${sharing + 1} (${first}) does: the set is burned one disc at a time on it (apply --disc ${id} once disc ${first} is done and the disc changed)`, locate.value(['discs', i, 'device'])),
    );
  });
  return findings;
}

/** A virtual disc as the plan would write it, relative to the plan's folder. */
function shownDevice(device: string, baseDir: string): string {
  if (!device.startsWith('stdio:')) return device;
  const file = device.slice('stdio:'.length);
  return file.startsWith(`${baseDir}/`) ? `stdio:./${file.slice(baseDir.length + 1)}` : device;
}
