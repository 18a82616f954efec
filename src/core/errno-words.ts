// A Node I/O error in words a user can act on: "permission denied" rather than
// "EACCES: permission denied, open '…'". Pure. Each kind of operation has its own words, since
// "does not exist" fits a file being copied and "no such device" a drive being read.

export type ErrnoVocabulary = Readonly<Partial<Record<string, string>>>;

/** Reading, writing or walking files. */
export const FILE_OPERATION_WORDS: ErrnoVocabulary = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'a part of the path is not a folder',
  ELOOP: 'symbolic link loop',
  ENOENT: 'does not exist',
  EEXIST: 'exists already',
  EISDIR: 'is a folder',
};

/** Reading sectors of a disc or an image. */
export const DEVICE_READ_WORDS: ErrnoVocabulary = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'no such file or device',
  ENXIO: 'no such device',
  ENODEV: 'no such device',
  ENOMEDIUM: 'no disc in the drive',
  EBUSY: 'the device is busy',
  EISDIR: 'it is a folder',
  // What a drive answers for an unreadable (scratched) sector, and for an audio track's sectors.
  EIO: 'the drive reports a read error',
};

/** Opening a plan file. */
export const PLAN_OPEN_WORDS: ErrnoVocabulary = {
  ENOENT: 'no such file',
  EACCES: 'permission denied (cannot read the file)',
  EPERM: 'permission denied (cannot read the file)',
  EISDIR: 'is a directory, not a plan file',
  ENOTDIR: 'no such file (a part of the path is not a folder)',
  ELOOP: 'cannot be opened: too many levels of symbolic links',
};

/** Writing a file the user named (`import --out`). */
export const OUTPUT_FILE_WORDS: ErrnoVocabulary = {
  ENOENT: 'its folder does not exist',
  EISDIR: 'it is a folder',
};

/** The words for the error's code, or else its own message. */
export function errnoWords(error: unknown, vocabulary: ErrnoVocabulary = FILE_OPERATION_WORDS): string {
  return knownErrnoWords(error, vocabulary) ?? errorMessage(error);
}

/** The words for the error's code; undefined for a code the vocabulary does not know. */
export function knownErrnoWords(error: unknown, vocabulary: ErrnoVocabulary): string | undefined {
  const code = errnoCode(error);
  return code === undefined ? undefined : vocabulary[code];
}

export function errnoCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

export function errorMessage(error: unknown): string {
  return (error as Error | undefined)?.message ?? String(error);
}
