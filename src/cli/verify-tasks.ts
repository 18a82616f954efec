// verify's task list: one task per session it reads back, whose title counts the MiB read so
// far. Drawn on stderr, so that stdout carries only the report. Returns the list without
// running it.
import { formatBytes } from '../core/bytes.js';
import { Listr, type ListrTask } from 'listr2';
import type { DiscSession } from '../disc/disc-model.js';
import { printable } from '../render/printable.js';
import type { SessionVerification } from '../verify/verify-model.js';
import { readingListOptions, type TaskListRendererOptions } from './task-list-renderer.js';

/** Reads one session back, telling each chunk's size in bytes as it goes. */
export type VerifyOne = (session: DiscSession, onBytes: (bytes: number) => void) => Promise<SessionVerification>;

/** What the run leaves: each session's verification, by its number. */
export type VerifyResults = Map<number, SessionVerification>;

/** A step before the sessions are read (reading what they share), with its title. */
export interface FirstStep {
  title: string;
  task: () => Promise<void>;
}

export function verifyTasks(sessions: readonly DiscSession[], verifyOne: VerifyOne, renderer: TaskListRendererOptions, stream: NodeJS.WriteStream = process.stderr, first?: FirstStep): Listr<VerifyResults> {
  const reads: ListrTask<VerifyResults>[] = sessions.map((session) => ({
    title: readingTitle(session, 0),
    task: async (results, task) => {
      let bytes = 0;
      results.set(
        session.number,
        await verifyOne(session, (n) => {
          bytes += n;
          const title = readingTitle(session, bytes);
          if (task.title !== title) task.title = title;
        }),
      );
    },
  }));
  return new Listr<VerifyResults>([...(first ? [first] : []), ...reads], readingListOptions<VerifyResults>(new Map(), renderer, stream));
}

function readingTitle(session: DiscSession, bytes: number): string {
  return `reading session ${session.number} (${printable(session.filesystem?.volumeId ?? 'no label')}): ${formatBytes(bytes, { unit: 'MiB', digits: 0 })}`;
}
