// Makes the PAR2 recovery data of one session with the real par2, without a second copy of its
// data: par2 reads the files through a temporary folder of symlinks laid out as on the disc, so
// the names it stores are the disc paths.
import { mkdir, mkdtemp, rm, stat, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { howItEnded, type Command } from '../core/command.js';
import { InternalError, UserError } from '../errors.js';
import { findProgram } from '../tools/programs.js';
import { par2CreateCommand } from './par2-create-command.js';
import { par2ProcessingFraction, par2SourceCounts } from './par2-progress.js';
import type { RecoveryLayout, RecoverySourceFile } from './recovery-layout.js';

/** A file of the session and where its bytes are read from now. */
export interface LocalRecoveryFile extends RecoverySourceFile {
  sourcePath: string;
}

export interface MakeRecoveryOptions {
  /** Called with 0 to 1 as par2 computes the recovery slices. */
  onProgress?: (fraction: number) => void;
  /** Stops par2 when aborted; the call then throws the abort's reason. */
  signal?: AbortSignal;
  /** Where the folder of symlinks is made; the system's temporary folder unless told. */
  workDir?: string;
  env?: NodeJS.ProcessEnv;
}

export interface WrittenRecoveryFile {
  /** As in the layout: `session-01.par2`, `session-01.vol00+10.par2`. */
  name: string;
  path: string;
  bytes: number;
}

const KEPT_LINES = 4;
/** par2's summary (block size, counts) comes first, within this much of its output. */
const HEAD_CHARS = 4096;

/** Writes the layout's output files into `outDir` (made when missing) and returns them as written. */
export async function makeRecovery(
  layout: RecoveryLayout<LocalRecoveryFile>,
  outDir: string,
  options: MakeRecoveryOptions = {},
): Promise<WrittenRecoveryFile[]> {
  if (layout.outputFiles.length === 0) return [];
  const program = findProgram('par2', options.env);
  await mkdir(outDir, { recursive: true });
  const workDir = await mkdtemp(path.join(options.workDir ?? tmpdir(), 'burnplan-par2-'));
  try {
    const viewDir = path.join(workDir, 'view');
    await layView(viewDir, layout.coveredFiles);
    try {
      await runPar2(par2CreateCommand(program, layout, viewDir, outDir), layout, options);
    } catch (error) {
      await removeOutputs(layout, outDir);
      throw error;
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  return checkWritten(layout, outDir);
}

async function layView(viewDir: string, files: readonly LocalRecoveryFile[]): Promise<void> {
  await mkdir(viewDir);
  const made = new Set<string>();
  for (const file of files) {
    const link = path.join(viewDir, ...file.discPath.split('/'));
    const parent = path.dirname(link);
    if (!made.has(parent)) {
      await mkdir(parent, { recursive: true });
      made.add(parent);
    }
    await symlink(path.resolve(file.sourcePath), link);
  }
}

async function runPar2(command: Command, layout: RecoveryLayout, options: MakeRecoveryOptions): Promise<void> {
  const subprocess = execa(command.program, [...command.args], {
    stdin: 'ignore',
    // stdout names every file it opens: read as it comes, never kept whole
    buffer: false,
    reject: false,
    env: options.env,
    ...(options.signal ? { cancelSignal: options.signal, forceKillAfterDelay: 5_000 } : {}),
  });
  const tail: string[] = [];
  const stderrTail: string[] = [];
  let reported = -1;
  let counts: { files: number; blocks: number } | undefined;
  let head = '';
  watchText(subprocess.stdout, tail, (text) => {
    if (!counts && head.length < HEAD_CHARS) {
      head += text;
      counts = par2SourceCounts(head);
    }
    const fraction = par2ProcessingFraction(text);
    if (fraction !== undefined && fraction > reported) {
      reported = fraction;
      options.onProgress?.(fraction);
    }
  });
  watchText(subprocess.stderr, stderrTail, () => {});
  const result = await subprocess;
  if (result.isCanceled) {
    throw options.signal?.reason instanceof Error ? options.signal.reason : new UserError('par2: stopped');
  }
  if (result.exitCode === undefined && !result.signal) {
    throw new UserError(`par2: ${result.originalMessage ?? result.shortMessage}`);
  }
  if (result.exitCode !== 0) {
    // par2 writes its errors to stderr, a few (the option checks) to stdout
    const words = stderrTail.at(-1) ?? tail.at(-1);
    throw new UserError(`par2 ${howItEnded({ exitCode: result.exitCode, ...(result.signal ? { signal: result.signal } : {}) })}${words ? `: ${words}` : ''}`);
  }
  // par2 passes over a file it cannot stat (a source gone since the scan) without a word
  if (counts && counts.files !== layout.coveredFiles.length) {
    throw new UserError(`par2 found ${counts.files} of the session's ${layout.coveredFiles.length} files to protect: a source file is gone or unreadable`);
  }
  if (counts && counts.blocks !== layout.sourceBlockCount) {
    throw new UserError(`par2 counted ${counts.blocks} slices of the session's files, not ${layout.sourceBlockCount}: a source file changed size since it was measured`);
  }
}

/** Keeps the last few lines of a stream (par2 ends progress lines with \r) and hands on each chunk. */
function watchText(stream: NodeJS.ReadableStream | null | undefined, tail: string[], onText: (text: string) => void): void {
  if (!stream) return;
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    onText(chunk);
    const parts = (pending + chunk).split(/[\r\n]/);
    pending = parts.pop() ?? '';
    for (const part of parts) keep(tail, part);
  });
  stream.on('end', () => keep(tail, pending));
}

function keep(tail: string[], line: string): void {
  if (line.trim() === '') return;
  tail.push(line.trim());
  if (tail.length > KEPT_LINES) tail.shift();
}

async function removeOutputs(layout: RecoveryLayout, outDir: string): Promise<void> {
  for (const file of layout.outputFiles) await rm(path.join(outDir, file.name), { force: true });
}

async function checkWritten(layout: RecoveryLayout, outDir: string): Promise<WrittenRecoveryFile[]> {
  const written: WrittenRecoveryFile[] = [];
  for (const file of layout.outputFiles) {
    const filePath = path.join(outDir, file.name);
    const bytes = await stat(filePath).then(
      (stats) => stats.size,
      () => undefined,
    );
    if (bytes === undefined) throw new InternalError(`par2 did not write ${file.name}: the recovery layout names it wrongly`);
    if (bytes > file.maxBytes) throw new InternalError(`par2 wrote ${bytes} bytes to ${file.name}, the recovery layout allowed ${file.maxBytes}`);
    written.push({ name: file.name, path: filePath, bytes });
  }
  return written;
}
