// A file operation's failure in the words a user can act on. Pure.

/** "permission denied", "the disk is full", … for the errno codes file operations give. */
export function errnoWords(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'the disk quota is used up';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'ENOENT':
      return 'does not exist';
    case 'EEXIST':
      return 'exists already';
    case 'EISDIR':
      return 'is a folder';
    default:
      return (error as Error | undefined)?.message ?? String(error);
  }
}
