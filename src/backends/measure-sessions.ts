// The size of each session to burn, from the tool itself: the first one measured against the disc
// by its own burn argv (mkisofs -C/-M, xorriso -dev, so that the old directory tree it carries
// along is counted), later ones on their own, since the session before them does not exist yet:
// those are estimates, measured again right before burning. xorriso measures all of those in one run.
import type { SizeEstimate } from '../diff/diff-model.js';
import { mkisofsPrintSizeCommand, parseMkisofsPrintSize } from './cdrecord/cdrecord-commands.js';
import type { SizeProbe } from './backend-interface.js';
import type { SessionContent } from './session-content.js';
import { parsePrintSizes, xorrisoPrintSizesCommand } from './xorriso/xorriso-commands.js';
import { UserError } from '../errors.js';
import { type Command } from '../core/command.js';
import { runProgram } from '../tools/run-program.js';

/** A blank pseudo drive for measuring a session on its own: xorriso never writes without -commit. */
const NOWHERE = 'stdio:/dev/null';

/** Sessions measured each on its own (estimates), in order. */
export type StandaloneMeasurer = (contents: readonly SessionContent[]) => Promise<SizeEstimate[]>;

/** Keeps each batched xorriso command line far below the kernel's argument limit. */
const MAX_BATCH_ARGUMENT_BYTES = 256 * 1024;

/** Runs a session's size probe (read-only); the size it prints, or the tool's words when it fails. */
export async function runSizeProbe(probe: SizeProbe, content: SessionContent, env: NodeJS.ProcessEnv, signal?: AbortSignal): Promise<number> {
  const result = await runProgram(probe.command, { access: 'read', env, ...(signal ? { signal } : {}) });
  const sectors = probe.sectors(result.stdout, result.stderr);
  if (sectors === undefined || result.exitCode !== 0) throw measureError(probe.command, content, `${result.stderr}\n${result.stdout}`);
  return sectors;
}

export function xorrisoStandaloneMeasurer(program: string, env: NodeJS.ProcessEnv): StandaloneMeasurer {
  return async (contents) => {
    const sizes: SizeEstimate[] = [];
    for (const batch of batchesByArgumentBytes(contents, program)) {
      const command = xorrisoPrintSizesCommand(program, NOWHERE, batch);
      const result = await runProgram(command, { access: 'read', env });
      const sectors = parsePrintSizes(result.stdout + result.stderr);
      if (result.exitCode !== 0 || sectors.length !== batch.length) {
        // xorriso stops at the first failure: the sizes printed so far tell which session failed
        throw measureError(command, batch[Math.min(sectors.length, batch.length - 1)]!, `${result.stderr}\n${result.stdout}`);
      }
      sizes.push(...sectors.map((n) => ({ sectors: n, exact: false })));
    }
    return sizes;
  };
}

function batchesByArgumentBytes(contents: readonly SessionContent[], program: string): SessionContent[][] {
  const batches: SessionContent[][] = [];
  let batch: SessionContent[] = [];
  let bytes = 0;
  for (const content of contents) {
    const size = xorrisoPrintSizesCommand(program, NOWHERE, [content]).args.reduce((sum, arg) => sum + Buffer.byteLength(arg) + 1, 0);
    if (batch.length > 0 && bytes + size > MAX_BATCH_ARGUMENT_BYTES) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(content);
    bytes += size;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/** One mkisofs run per session, each measured on its own (mkisofs measures one image per run). */
export function mkisofsStandaloneMeasurer(program: string, env: NodeJS.ProcessEnv): StandaloneMeasurer {
  return async (contents) => {
    const sizes: SizeEstimate[] = [];
    for (const content of contents) {
      const probe = { command: mkisofsPrintSizeCommand(program, content, undefined), sectors: (stdout: string) => parseMkisofsPrintSize(stdout) };
      sizes.push({ sectors: await runSizeProbe(probe, content, env), exact: false });
    }
    return sizes;
  };
}

function measureError(command: Command, content: SessionContent, output: string): UserError {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const errors = lines.filter((line) => /FAILURE|SORRY|Error|error|Unable|cannot|Cannot/.test(line)).slice(0, 2);
  // genisoimage's last two lines name what stopped it ("Incorrectly encoded string (…)", "Aborting.")
  const words = (errors.length > 0 ? errors : lines.slice(-2)).join(' ');
  return new UserError(`cannot measure session "${content.label}" with ${command.program}: ${words || 'no size printed'}`);
}
