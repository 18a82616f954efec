// Reads the SHA-256 file burnplan records in a session on the cdrecord path, from the disc.
import { manifestDiscPath, parseManifest, type ManifestParse } from '../checksums/checksum-manifest.js';
import type { SessionFile } from '../disc/iso9660/read-directory-tree.js';
import { readWholeFile } from './read-back.js';

export type ChecksumFile = { file: SessionFile } & ({ parsed: ManifestParse } | { unreadable: true });

/** Session `number`'s checksum file, as listed in `files` (a session's tree), or undefined when it has none. */
export async function readChecksumFile(image: string, files: readonly SessionFile[], number: number): Promise<ChecksumFile | undefined> {
  const file = files.find((f) => f.path === manifestDiscPath(number));
  if (!file) return undefined;
  const bytes = await readWholeFile(image, file);
  return bytes ? { file, parsed: parseManifest(bytes.toString('utf8')) } : { file, unreadable: true };
}
