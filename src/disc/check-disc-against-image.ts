// Checks what a tool said about a disc against the disc's own bytes: a blank disc holds no
// data, every session lies inside the file of a virtual disc, the next writable address is not
// past its end, and a session the tool calls ISO 9660 has a readable volume descriptor. What
// disagrees is added to the disc's damage (and to the session's problem), never repaired.
import { stat } from 'node:fs/promises';
import { dataOnBlankDisc } from './data-on-blank-disc.js';
import { isVirtual, sectorPath } from './device-names.js';
import { SECTOR_BYTES, type Disc, type DiscSession } from './disc-model.js';

export async function checkDiscAgainstImage(disc: Disc, isoSessions: ReadonlySet<number> = new Set()): Promise<void> {
  const path = sectorPath(disc.device);
  if (!path) return;
  const damage: string[] = [];
  if (disc.status === 'blank') {
    const data = await dataOnBlankDisc(path);
    if (data) damage.push(`${disc.tool.backend} reads a blank disc, but it holds ${data}: its header is lost or damaged, so it is not blank`);
  }
  if (isVirtual(disc.device)) {
    const blocks = await fileBlocks(path);
    if (blocks !== undefined) {
      for (const session of disc.sessions) {
        const end = session.startLba + session.sizeSectors;
        if (end <= blocks) continue;
        const detail = `it runs to LBA ${end - 1}, past the end of the file (${blocks} sectors)`;
        damage.push(`session ${session.number} ${detail}`);
        session.problem ??= { kind: 'cut-short', detail };
      }
      if (disc.status === 'appendable' && disc.nextWritableAddress !== undefined && disc.nextWritableAddress > blocks) {
        damage.push(`the next writable address ${disc.nextWritableAddress} lies past the end of the file (${blocks} sectors): data is missing`);
      }
    }
  }
  for (const session of disc.sessions) {
    if (!isoSessions.has(session.number) || session.filesystem || session.problem) continue;
    markUnreadable(session, damage);
  }
  if (damage.length > 0) disc.damage = [...(disc.damage ?? []), ...damage];
}

function markUnreadable(session: DiscSession, damage: string[]): void {
  const detail = `the tool found an ISO 9660 volume here, but none can be read at LBA ${session.startLba + 16}`;
  session.problem = { kind: 'unreadable', detail };
  damage.push(`session ${session.number}: ${detail}`);
}

async function fileBlocks(path: string): Promise<number | undefined> {
  try {
    const info = await stat(path);
    return info.isFile() ? Math.floor(info.size / SECTOR_BYTES) : undefined;
  } catch {
    return undefined;
  }
}
