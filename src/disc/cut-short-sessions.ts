// Sessions cut short when they were burned: the file system claims more sectors than the disc
// holds (a writer told a too small size stops there). What is lost depends on where: padding
// only, or the data of files. Reads the directory tree of such sessions only.
import type { DiscSession } from './disc-model.js';
import { IsoReadError } from './iso9660/iso-read-error.js';
import { readSessionFiles, type SessionFile } from './iso9660/read-directory-tree.js';

export function isCutShort(session: DiscSession): boolean {
  return session.filesystem !== undefined && session.filesystem.volumeSpaceSize > session.sizeSectors;
}

/** Pure: the session's own files (first extent inside it) with data past what was written. */
export function filesPastEnd(files: readonly SessionFile[], session: DiscSession): string[] {
  const end = session.startLba + session.sizeSectors;
  const claimedEnd = session.startLba + (session.filesystem?.volumeSpaceSize ?? session.sizeSectors);
  return files
    .filter((file) => {
      const first = file.extents[0];
      if (!first || first.lba < session.startLba || first.lba >= claimedEnd) return false;
      return file.extents.some((extent) => extent.lba + Math.ceil(extent.length / 2048) > end);
    })
    .map((file) => file.path);
}

/** Sets `lostFiles` on each cut-short session whose tree can be read from `image`. */
export async function examineCutShortSessions(image: string, sessions: DiscSession[]): Promise<void> {
  for (const session of sessions) {
    if (!isCutShort(session)) continue;
    try {
      session.lostFiles = filesPastEnd((await readSessionFiles(image, session.startLba)).files, session);
    } catch (error) {
      if (!(error instanceof IsoReadError)) throw error;
    }
  }
}
