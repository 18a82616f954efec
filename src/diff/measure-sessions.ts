// The exact size of each session to burn, from the tool itself (one read-only call per
// session): the first one measured against the disc (mkisofs -C/-M, xorriso -dev, so that the
// old directory tree it carries along is counted), later ones on their own, since the session
// before them does not exist yet: those are estimates, measured again right before burning.
import { mkisofsPrintSizeCommand, parseMkisofsPrintSize } from '../backends/cdrecord/cdrecord-commands.js';
import { appendPoint } from '../backends/command-builders.js';
import type { SessionContent } from '../backends/session-content.js';
import { parsePrintSize, xorrisoPrintSizeCommand } from '../backends/xorriso/xorriso-commands.js';
import type { Disc } from '../disc/disc-model.js';
import { UserError } from '../errors.js';
import { runProgram, type Command } from '../tools/run-program.js';
import type { SizeEstimate } from './diff-model.js';

/** A blank pseudo drive for measuring a session on its own: xorriso never writes without -commit. */
const NOWHERE = 'stdio:/dev/null';

export type Measurer = (content: SessionContent, againstDisc: boolean) => Promise<SizeEstimate>;

export function xorrisoMeasurer(program: string, disc: Disc, env: NodeJS.ProcessEnv): Measurer {
  return async (content, againstDisc) => {
    const command = xorrisoPrintSizeCommand(program, againstDisc ? disc.device : NOWHERE, content);
    const result = await runProgram(command, { access: 'read', env });
    const sectors = parsePrintSize(result.stdout + result.stderr);
    if (sectors === undefined || result.exitCode !== 0) throw measureError(command, content, `${result.stderr}\n${result.stdout}`);
    return { sectors, exact: againstDisc };
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
