// The exact size of each session to burn, from the tool itself: the first one measured against
// the disc (mkisofs -C/-M, xorriso -dev, so that the old directory tree it carries along is
// counted), later ones on their own, since the session before them does not exist yet: those are
// estimates, measured again right before burning. xorriso measures all of those in one run.
import { mkisofsPrintSizeCommand, parseMkisofsPrintSize } from '../backends/cdrecord/cdrecord-commands.js';
import { appendPoint } from '../backends/command-builders.js';
import type { SessionContent } from '../backends/session-content.js';
import { parsePrintSize, parsePrintSizes, xorrisoPrintSizeCommand, xorrisoPrintSizesCommand } from '../backends/xorriso/xorriso-commands.js';
import type { Disc } from '../disc/disc-model.js';
import { UserError } from '../errors.js';
import { runProgram, type Command } from '../tools/run-program.js';
import type { SizeEstimate } from './diff-model.js';

/** A blank pseudo drive for measuring a session on its own: xorriso never writes without -commit. */
const NOWHERE = 'stdio:/dev/null';

export type Measurer = (content: SessionContent, againstDisc: boolean) => Promise<SizeEstimate>;
/** Sessions measured each on its own (estimates), in order. */
export type StandaloneMeasurer = (contents: readonly SessionContent[]) => Promise<SizeEstimate[]>;

/** Keeps each batched xorriso command line far below the kernel's argument limit. */
const MAX_BATCH_ARGUMENT_BYTES = 256 * 1024;

export function xorrisoMeasurer(program: string, disc: Disc, env: NodeJS.ProcessEnv): Measurer {
  return async (content, againstDisc) => {
    const command = xorrisoPrintSizeCommand(program, againstDisc ? disc.device : NOWHERE, content);
    const result = await runProgram(command, { access: 'read', env });
    const sectors = parsePrintSize(result.stdout + result.stderr);
    if (sectors === undefined || result.exitCode !== 0) throw measureError(command, content, `${result.stderr}\n${result.stdout}`);
    return { sectors, exact: againstDisc };
  };
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

/** One call per session, in order (mkisofs measures one image per run). */
export function oneByOne(measure: Measurer): StandaloneMeasurer {
  return async (contents) => {
    const sizes: SizeEstimate[] = [];
    for (const content of contents) sizes.push(await measure(content, false));
    return sizes;
  };
}

export function mkisofsMeasurer(program: string, disc: Disc, env: NodeJS.ProcessEnv): Measurer {
  return async (content, againstDisc) => {
    const last = disc.sessions[disc.sessions.length - 1];
    const landing = againstDisc && last && disc.nextWritableAddress !== undefined ? { lastSessionStart: last.startLba, nextWritableAddress: disc.nextWritableAddress } : undefined;
    const command = mkisofsPrintSizeCommand(program, content, appendPoint(disc.device, landing));
    const result = await runProgram(command, { access: 'read', env });
    const sectors = parseMkisofsPrintSize(result.stdout);
    if (sectors === undefined || result.exitCode !== 0) throw measureError(command, content, result.stderr);
    return { sectors, exact: againstDisc };
  };
}

function measureError(command: Command, content: SessionContent, output: string): UserError {
  const words = output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /FAILURE|SORRY|Error|error|Unable|cannot|Cannot/.test(line))
    .slice(0, 2)
    .join(' ');
  return new UserError(`cannot measure session "${content.label}" with ${command.program}: ${words || output.trim().split('\n').pop() || 'no size printed'}`);
}
