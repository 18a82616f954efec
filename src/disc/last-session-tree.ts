// Before a session is appended, the last one's directory tree must read: the writer reads it to
// carry its files along (xorriso -dev, mkisofs -M), and a tree that is damaged or crafted (its
// directories overlapping or looping) is damage, refused before anything is written.
import type { Disc } from './disc-model.js';
import { IsoReadError } from './iso9660/iso-read-error.js';
import { readSessionFiles } from './iso9660/read-directory-tree.js';

/** Adds to the disc's damage why the last session's tree cannot be read from `image`, if it cannot. */
export async function examineLastSessionTree(image: string, disc: Disc): Promise<void> {
  const last = disc.sessions.at(-1);
  // a session already known to be cut short or unreadable is damage already, said better
  if (!last?.filesystem || last.problem || last.audio) return;
  try {
    await readSessionFiles(image, last.startLba, { sessionNumber: last.number });
  } catch (error) {
    if (!(error instanceof IsoReadError)) throw error;
    disc.damage = [...(disc.damage ?? []), error.message];
  }
}
