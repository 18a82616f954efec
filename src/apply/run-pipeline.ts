// Runs a burn: one command, or commands piped together (mkisofs | cdrecord), with the writer's
// output lines handed over as they come (progress), the lines that say why a tool failed kept for
// the report, and the bytes that went through the pipe counted (they must be the size the writer
// was told). No temporary image: mkisofs writes straight into cdrecord's standard input.
// Cancelling sends SIGTERM, then SIGKILL after a delay, so no child process is ever left behind.
import path from 'node:path';
import { execa, type ResultPromise } from 'execa';
import type { Command } from '../core/command.js';
import { isCauseLine } from './failure-lines.js';
import { parseProgressLine } from './parse-progress.js';

export interface PipelineOptions {
  signal: AbortSignal;
  /** The last command's output lines (the writer's: its progress is the burn's). */
  onLine: (line: string) => void;
  /** The process ids, once started: a lock records them, so that no writer outlives burnplan unseen. */
  onStart?: (pids: number[]) => void;
  env?: NodeJS.ProcessEnv;
  /** Milliseconds between SIGTERM and SIGKILL when cancelled. */
  killDelay?: number;
}

export interface PipelineResult {
  ok: boolean;
  cancelled: boolean;
  /** The last lines the failing program printed on its error output. */
  lastLines: string[];
  /** The failing program's lines that look like the cause (errors, sense codes), in order. */
  causeLines: string[];
  failed?: Command;
  exitCode?: number;
  /** The signal that ended the failing program (it crashed, or was killed). */
  signal?: string;
  /** Bytes the first command sent into the second, when they were piped. */
  streamedBytes?: number;
  /** The program that sent them, for messages. */
  producer?: string;
}

const KEPT_LINES = 6;
const KEPT_CAUSES = 20;

interface Run {
  command: Command;
  process: ResultPromise;
  tail: string[];
  causes: string[];
}

export async function runPipeline(commands: readonly Command[], options: PipelineOptions): Promise<PipelineResult> {
  const runs: Run[] = commands.map((command, i) => {
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
    const run: Run = { command, process, tail: [], causes: [] };
    const last = i === commands.length - 1;
    // only the writer's progress is the burn's: mkisofs's "78.3% done" is how far it has read
    const keep = (line: string) => {
      remember(run, line);
      if (last) options.onLine(line);
    };
    watchLines(process.stderr, keep);
    if (last) watchLines(process.stdout, keep);
    return run;
  });
  options.onStart?.(runs.map((r) => r.process.pid).filter((pid): pid is number => pid !== undefined));
  let streamedBytes: number | undefined;
  if (runs.length > 1) {
    streamedBytes = 0;
    runs[0]!.process.stdout!.on('data', (chunk: Buffer) => {
      streamedBytes! += chunk.length;
    });
  }
  for (let i = 0; i + 1 < runs.length; i++) runs[i]!.process.stdout!.pipe(runs[i + 1]!.process.stdin!);
  const results = await Promise.all(runs.map((run) => run.process));
  const streamed = streamedBytes === undefined ? {} : { streamedBytes, producer: path.basename(commands[0]!.program) };
  const cancelled = results.some((r) => r.isCanceled);
  const failedAt = results.findIndex((r) => r.exitCode !== 0);
  if (failedAt === -1 && !cancelled) return { ok: true, cancelled: false, lastLines: [], causeLines: [], ...streamed };
  // the tool that failed on its own, else the first one (a broken pipe follows the real failure)
  const culprit = runs.findIndex((run, i) => results[i]!.exitCode !== 0 && !/Broken pipe|EPIPE/i.test(run.tail.join('\n')));
  const index = culprit === -1 ? Math.max(failedAt, 0) : culprit;
  const { exitCode, signal } = results[index]!;
  return {
    ok: false,
    cancelled,
    lastLines: runs[index]!.tail,
    causeLines: runs[index]!.causes,
    failed: runs[index]!.command,
    ...(exitCode === undefined ? {} : { exitCode }),
    ...(signal ? { signal } : {}),
    ...streamed,
  };
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

function remember(run: Run, line: string): void {
  if (parseProgressLine(line)) return; // the error lines are what a failure report needs
  run.tail.push(line.trim());
  if (run.tail.length > KEPT_LINES) run.tail.shift();
  if (run.causes.length < KEPT_CAUSES && isCauseLine(line)) run.causes.push(line.trim());
}
