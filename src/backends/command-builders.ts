// The CommandBuilder of each backend: the exact commands apply runs, built from prepared data.
import type { CommandBuilder, LandingPoint } from '../diff/compute-diff.js';
import { sectorPath } from '../disc/device-names.js';
import type { Command } from '../core/command.js';
import { cdrecordFixCommand, cdrecordWriteCommand, mkisofsImageCommand, mkisofsPrintSizeCommand, parseMkisofsPrintSize, type AppendPoint } from './cdrecord/cdrecord-commands.js';
import type { BurnOptions, SessionContent } from './session-content.js';
import { parsePrintSize, xorrisoBurnCommand, xorrisoPrintSizeCommand } from './xorriso/xorriso-commands.js';

/** A read-only run that prints the size of a session's image, and how to read it. */
export interface SizeProbe {
  command: Command;
  sectors(stdout: string, stderr: string): number | undefined;
}

/**
 * The burn commands and the command that measures them, from one builder: the measure is the
 * burn's own argv (same -C, -M, files, checksum file) with only the size option added, so that
 * the size handed to the writer is the size of the stream it is given.
 */
export interface SessionCommands extends CommandBuilder {
  measureSession(index: number, landing: LandingPoint | undefined): SizeProbe;
  /** True when the writer is told the size (cdrecord tsize=): it must be exact, or the burn is cut short. */
  sizeInBurn: boolean;
}

export interface BuilderSetup {
  device: string;
  contents: readonly SessionContent[];
  speed?: number;
  dummy: boolean;
  /** xorriso, or cdrecord/wodim/cdrskin. */
  burner: string;
  /** For the cdrecord backend: mkisofs or genisoimage. */
  mkisofs?: string;
  /** A cdrecord-family program for closing without a new session, when one is installed. */
  fixer?: string;
}

export function xorrisoCommandBuilder(setup: BuilderSetup): SessionCommands {
  return {
    sizeInBurn: false,
    measureSession: (index) => ({
      command: xorrisoPrintSizeCommand(setup.burner, setup.device, content(setup, index)),
      sectors: (stdout, stderr) => parsePrintSize(stdout + stderr),
    }),
    burnSession: (index, _landing, _sectors, close) => [xorrisoBurnCommand(setup.burner, setup.device, content(setup, index), burnOptions(setup, close))],
    closeDisc: () => (setup.fixer ? [cdrecordFixCommand(setup.fixer, setup.device, setup.dummy)] : undefined),
  };
}

export function cdrecordCommandBuilder(setup: BuilderSetup & { mkisofs: string }): SessionCommands {
  return {
    sizeInBurn: true,
    measureSession: (index, landing) => ({
      command: mkisofsPrintSizeCommand(setup.mkisofs, content(setup, index), appendPoint(setup.device, landing)),
      sectors: (stdout) => parseMkisofsPrintSize(stdout),
    }),
    burnSession: (index, landing, sectors, close) => [
      mkisofsImageCommand(setup.mkisofs, content(setup, index), appendPoint(setup.device, landing)),
      cdrecordWriteCommand(setup.burner, setup.device, sectors, burnOptions(setup, close)),
    ],
    closeDisc: () => [cdrecordFixCommand(setup.burner, setup.device, setup.dummy)],
  };
}

/** mkisofs -M reads the previous session from the device node or the virtual disc's file. */
export function appendPoint(device: string, landing: LandingPoint | undefined): AppendPoint | undefined {
  if (!landing) return undefined;
  return { ...landing, previousSessionPath: sectorPath(device) ?? device };
}

function content(setup: BuilderSetup, index: number): SessionContent {
  const found = setup.contents[index];
  if (!found) throw new Error(`no content prepared for session ${index + 1}`);
  return found;
}

function burnOptions(setup: BuilderSetup, close: boolean): BurnOptions {
  return { close, dummy: setup.dummy, ...(setup.speed === undefined ? {} : { speed: setup.speed }) };
}
