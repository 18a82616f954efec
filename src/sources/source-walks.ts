// A planned file's walk, kept whole so that the lint and the session's manifest read the same
// one. The source is walked with its symbolic links resolved: that is what the tools are given.
import { realpath } from 'node:fs/promises';
import type { PlannedFile } from '../plan/plan-model.js';
import { walkSource, type SourceEntry, type WalkOptions } from './walk-source.js';

export interface FileWalk {
  /** The planned source with symbolic links resolved (as planned when it cannot be resolved). */
  source: string;
  /** Shared by every session that walks the same source the same way: read, never change. */
  entries: readonly SourceEntry[];
}

export async function walkPlannedFile(file: PlannedFile, options: WalkOptions): Promise<FileWalk> {
  const source = await resolvedSource(file);
  return { source, entries: await collect(walkSource(source, options)) };
}

/** Sessions often list the same source with the same settings; each is walked once. */
export class SharedWalks {
  private readonly walks = new Map<string, Promise<SourceEntry[]>>();
  private readonly resolved = new Map<string, Promise<string>>();

  async walk(file: PlannedFile, options: WalkOptions): Promise<FileWalk> {
    let resolving = this.resolved.get(file.source);
    if (!resolving) {
      resolving = resolvedSource(file);
      this.resolved.set(file.source, resolving);
    }
    const source = await resolving;
    // by the resolved path: a link to a folder and the folder give the same entries below them
    const key = JSON.stringify([source, options.followSymlinks, options.hiddenFiles, options.exclude.map((g) => g.pattern)]);
    let entries = this.walks.get(key);
    if (!entries) {
      entries = collect(walkSource(source, options));
      this.walks.set(key, entries);
    }
    return { source, entries: await entries };
  }
}

function resolvedSource(file: PlannedFile): Promise<string> {
  return realpath(file.source).catch(() => file.source);
}

/** Array.fromAsync, which Node 20 lacks. */
async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}
