// recover's task list: one task whose title says what is being done (reading, with the MiB read
// so far; repairing; checking). Drawn on stderr, so that stdout carries only the report.
import { Listr } from 'listr2';
import { formatBytes } from '../core/bytes.js';
import type { RecoverSessionInput, RecoveredSession } from '../recovery/recover-session.js';
import { readingListOptions, type TaskListRendererOptions } from './task-list-renderer.js';

export type RecoverOne = (hooks: Pick<RecoverSessionInput, 'onStep' | 'onBytes'>) => Promise<RecoveredSession>;

export interface RecoverResult {
  recovery?: RecoveredSession;
}

export function recoverTasks(session: number, recoverOne: RecoverOne, renderer: TaskListRendererOptions, stream: NodeJS.WriteStream = process.stderr): Listr<RecoverResult> {
  return new Listr<RecoverResult>(
    [
      {
        title: readingTitle(session, 0),
        task: async (result, task) => {
          let bytes = 0;
          let step: 'read' | 'repair' | 'check' = 'read';
          const retitle = () => {
            const title = step === 'read' ? readingTitle(session, bytes) : step === 'repair' ? `repairing session ${session} with par2` : `checking the repaired files of session ${session}`;
            if (task.title !== title) task.title = title;
          };
          result.recovery = await recoverOne({
            onStep: (next) => {
              step = next;
              retitle();
            },
            onBytes: (n) => {
              bytes += n;
              retitle();
            },
          });
        },
      },
    ],
    readingListOptions<RecoverResult>({}, renderer, stream),
  );
}

function readingTitle(session: number, bytes: number): string {
  return `reading session ${session}: ${formatBytes(bytes, { unit: 'MiB', digits: 0 })}`;
}
