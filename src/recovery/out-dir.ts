// The folder recover writes into: absent (made when the files are written) or empty, refused
// otherwise, so that nothing of the user's is overwritten and the folder holds the session alone.
import { readdir, stat } from 'node:fs/promises';
import { errnoCode, errnoWords } from '../core/errno-words.js';
import { UserError } from '../errors.js';

/** Refuses a folder recover cannot write into; checked before the disc is read. */
export async function checkOutDir(dir: string): Promise<void> {
  const stats = await stat(dir).catch((error: unknown) => {
    if (errnoCode(error) === 'ENOENT') return undefined;
    throw new UserError(`${dir}: ${errnoWords(error)}`, { cause: error });
  });
  if (stats && !stats.isDirectory()) throw new UserError(`${dir}: not a folder: --out names the folder the session's files are written to`);
  if (stats) {
    const entries = await readdir(dir).catch((error: unknown) => {
      throw new UserError(`${dir}: ${errnoWords(error)}`, { cause: error });
    });
    if (entries.length > 0) throw new UserError(`${dir}: the folder is not empty (${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}): give a new or empty folder`);
  }
}
