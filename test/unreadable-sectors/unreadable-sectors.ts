// Test helper around unreadable-sectors.c: builds it once per machine (with the C compiler on
// PATH) and gives the environment under which a child process finds chosen sectors of an image
// unreadable, failing with EIO as a scratched disc's do.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE = fileURLToPath(new URL('./unreadable-sectors.c', import.meta.url));

let built: string | undefined;

/** The shared library, compiled on first use into the temporary folder (keyed by its source). */
export function unreadableSectorsLibrary(): string {
  if (built) return built;
  const source = readFileSync(SOURCE);
  const library = path.join(tmpdir(), `burnplan-unreadable-sectors-${createHash('sha256').update(source).digest('hex').slice(0, 16)}.so`);
  if (!existsSync(library)) {
    const partial = `${library}.${process.pid}`;
    execFileSync('cc', ['-shared', '-fPIC', '-O2', '-Wall', '-o', partial, SOURCE, '-ldl'], { stdio: ['ignore', 'ignore', 'inherit'] });
    renameSync(partial, library);
  }
  built = library;
  return library;
}

export interface UnreadableOptions {
  /** Each sector reads on this try (2: it fails once, then reads); never, unless given. */
  readsOnTry?: number;
}

/** The environment (added to `base`) under which the sectors `lbas` of `image` cannot be read. */
export function withUnreadableSectors(base: NodeJS.ProcessEnv, image: string, lbas: readonly number[], options: UnreadableOptions = {}): NodeJS.ProcessEnv {
  return {
    ...base,
    LD_PRELOAD: unreadableSectorsLibrary(),
    UNREADABLE_IMAGE: image,
    UNREADABLE_LBAS: lbas.join(','),
    ...(options.readsOnTry === undefined ? {} : { UNREADABLE_TRIES: String(options.readsOnTry) }),
    // libuv may hand reads to io_uring, which the preloaded calls never see
    UV_USE_IO_URING: '0',
  };
}
