// The trap of the seed recipe: mkisofs -M does not write a file again when the previous session
// has one at the same path with the same size and modification time (seconds); the new session
// keeps pointing at the earlier copy, even when the content differs (checked with genisoimage
// 1.1.11). burnplan finds such files before it burns, and refuses when the contents differ.
import type { PlannedFile } from '../checksums/local-manifest.js';
import type { DiscSession } from '../disc/disc-model.js';
import { readSessionFiles, type SessionFile } from '../disc/iso9660/read-directory-tree.js';
import { readChecksumFile } from '../verify/checksum-file.js';
import { readBackFiles } from '../verify/read-back.js';

export interface KeptCopy {
  discPath: string;
  /** The session whose copy mkisofs would keep. */
  session: number;
  recordedAt: number;
}

/** Pure: the planned files mkisofs would not write, because the earlier tree has their twin. */
export function copiesMkisofsKeeps(planned: readonly PlannedFile[], earlier: readonly SessionFile[]): Array<{ planned: PlannedFile; earlier: SessionFile }> {
  const byPath = new Map(earlier.map((file) => [file.path, file]));
  return planned.flatMap((file) => {
    const twin = byPath.get(file.discPath);
    const sameTime = twin?.recordedAt !== undefined && twin.recordedAt === Math.floor(file.mtimeMs / 1000);
    return twin && file.size > 0 && twin.size === file.size && sameTime ? [{ planned: file, earlier: twin }] : [];
  });
}

/**
 * The kept copies whose content differs from the new file's (`newHashes`: disc path → SHA-256).
 * The earlier copy's checksum comes from the SHA-256 file of the session that wrote it, or, for a
 * session burned without one, from reading the copy back.
 */
export async function keptCopiesThatDiffer(image: string, sessions: readonly DiscSession[], planned: readonly PlannedFile[], newHashes: ReadonlyMap<string, string>): Promise<KeptCopy[]> {
  const last = sessions[sessions.length - 1];
  if (!last) return [];
  const tree = await readSessionFiles(image, last.startLba);
  const twins = copiesMkisofsKeeps(planned, tree.files);
  const differ: KeptCopy[] = [];
  for (const { planned: file, earlier } of twins) {
    const owner = sessions.find((s) => earlier.extents[0] !== undefined && earlier.extents[0].lba >= s.startLba && earlier.extents[0].lba < s.startLba + s.sizeSectors);
    // a copy past the end of what its session wrote (a session cut short) is lost, whatever was recorded
    const lost = owner !== undefined && earlier.extents.some((e) => e.lba + Math.ceil(e.length / 2048) > owner.startLba + owner.sizeSectors);
    if (lost) {
      differ.push({ discPath: file.discPath, session: owner.number, recordedAt: earlier.recordedAt! });
      continue;
    }
    const recorded = owner ? await recordedHash(image, tree.files, owner, file.discPath) : undefined;
    const earlierHash = recorded ?? (await readBackHash(image, earlier));
    if (earlierHash !== newHashes.get(file.discPath)) differ.push({ discPath: file.discPath, session: owner?.number ?? last.number, recordedAt: earlier.recordedAt! });
  }
  return differ;
}

async function recordedHash(image: string, files: readonly SessionFile[], session: DiscSession, discPath: string): Promise<string | undefined> {
  const checksumFile = await readChecksumFile(image, files, session);
  return checksumFile && 'parsed' in checksumFile ? checksumFile.parsed.checksums.get(discPath) : undefined;
}

async function readBackHash(image: string, file: SessionFile): Promise<string | undefined> {
  const [digest] = await readBackFiles(image, [file], 'sha256', () => undefined);
  return digest && 'hex' in digest ? digest.hex : undefined;
}
