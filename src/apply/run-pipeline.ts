// Runs a burn: one command, or commands piped together (mkisofs | cdrecord), with their output
// lines handed over as they come (progress), and their last error lines kept for the report.
// No temporary image: mkisofs writes straight into cdrecord's standard input. Cancelling sends
// SIGTERM, then SIGKILL after a delay, so no child process is ever left behind.
import { execa, type ResultPromise } from 'execa';
import type { Command } from '../tools/run-program.js';
import { parseProgressLine } from './parse-progress.js';

export interface PipelineOptions {
  signal: AbortSignal;
  onLine: (line: string) => void;
  env?: NodeJS.ProcessEnv;
  /** Milliseconds between SIGTERM and SIGKILL when cancelled. */
  killDelay?: number;
}

export interface PipelineResult {
  ok: boolean;
  cancelled: boolean;
  /** The last lines the failing program printed on its error output. */
  lastLines: string[];
  failed?: Command;
  exitCode?: number;
  /** The signal that ended the failing program (it crashed, or was killed). */
  signal?: string;
}

const KEPT_LINES = 6;

export async function runPipeline(commands: readonly Command[], options: PipelineOptions): Promise<PipelineResult> {
  const runs: Array<{ command: Command; process: ResultPromise; tail: string[] }> = [];
  commands.forEach((command, i) => {
    const process = execa(command.program, [...command.args], {
      stdin: i === 0 ? 'ignore' : 'pipe',
      buffer: false,
      reject: false,
      cancelSignal: options.signal,
      forceKillAfterDelay: options.killDelay ?? 5_000,
      env: options.env,
      // a process group of its own: a Ctrl-C typed in the terminal reaches only burnplan, which
      // decides (warn first during a write); the tools would otherwise stop at once themselves
      detached: true,
    });
    const tail: string[] = [];
    const last = i === commands.length - 1;
    watchLines(process.stderr, (line) => {
      remember(tail, line);
      options.onLine(line);
    });
    if (last) {
      watchLines(process.stdout, (line) => {
        remember(tail, line);
        options.onLine(line);
      });
    }
    runs.push({ command, process, tail });
  });
  for (let i = 0; i + 1 < runs.length; i++) runs[i]!.process.stdout!.pipe(runs[i + 1]!.process.stdin!);
  const results = await Promise.all(runs.map((run) => run.process));
  const cancelled = results.some((r) => r.isCanceled);
  const failedAt = results.findIndex((r) => r.exitCode !== 0);
  if (failedAt === -1 && !cancelled) return { ok: true, cancelled: false, lastLines: [] };
  // the tool that failed on its own, else the first one (a broken pipe follows the real failure)
  const culprit = runs.findIndex((run, i) => results[i]!.exitCode !== 0 && !/Broken pipe|EPIPE/i.test(run.tail.join('\n')));
  const index = culprit === -1 ? Math.max(failedAt, 0) : culprit;
  const { exitCode, signal } = results[index]!;
  return { ok: false, cancelled, lastLines: runs[index]!.tail, failed: runs[index]!.command, ...(exitCode === undefined ? {} : { exitCode }), ...(signal ? { signal } : {}) };
}

function watchLines(stream: NodeJS.ReadableStream | null | undefined, onLine: (line: string) => void): void {
  if (!stream) return;
  let pending = '';
  stream.setEncoding?.('utf8');
  stream.on('data', (chunk: string) => {
    pending += chunk;
    const parts = pending.split(/[\r\n]/);
    pending = parts.pop() ?? '';
    for (const part of parts) if (part.trim() !== '') onLine(part);
  });
  stream.on('end', () => {
    if (pending.trim() !== '') onLine(pending);
  });
}

function remember(tail: string[], line: string): void {
  if (parseProgressLine(line)) return; // the error lines are what a failure report needs
  tail.push(line.trim());
  if (tail.length > KEPT_LINES) tail.shift();
}
