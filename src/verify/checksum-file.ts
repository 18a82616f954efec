// Reads the SHA-256 file burnplan records in a session on the cdrecord path, from the disc. Only
// a file the session's mark vouches for is burnplan's (checksums/sealed-mark.ts): anything else
// at that path is a file like any other.
import { manifestDiscPath, parseManifest, type ManifestParse } from '../checksums/checksum-manifest.js';
import { checksumFileStanding, vouchesForChecksumFile } from '../checksums/sealed-mark.js';
import type { DiscSession } from '../disc/disc-model.js';
import type { SessionFile } from '../disc/iso9660/read-directory-tree.js';
import { readWholeFile } from './read-back.js';

export type ChecksumFile = { path: string } & (
  | { file: SessionFile; parsed: ManifestParse }
  | { file: SessionFile; unreadable: true }
  /** Its bytes are not the ones whose hash the mark records. */
  | { file: SessionFile; altered: true }
  /** The mark records one, but the session's tree does not hold it. */
  | { missing: true }
);

/** Session `session`'s checksum file, as listed in `files` (a session's tree), or undefined when its mark vouches for none. */
export async function readChecksumFile(image: string, files: readonly SessionFile[], session: Pick<DiscSession, 'number' | 'filesystem'>): Promise<ChecksumFile | undefined> {
  const applicationId = session.filesystem?.applicationId ?? '';
  if (!vouchesForChecksumFile(applicationId)) return undefined;
  const path = manifestDiscPath(session.number);
  const file = files.find((f) => f.path === path);
  if (!file) return { path, missing: true };
  const bytes = await readWholeFile(image, file);
  if (!bytes) return { path, file, unreadable: true };
  if (checksumFileStanding(applicationId, bytes) !== 'authentic') return { path, file, altered: true };
  return { path, file, parsed: parseManifest(bytes.toString('utf8')) };
}
