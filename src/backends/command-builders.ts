// The SessionWriter of each backend: the exact commands apply runs, built from prepared data.
import type { LandingPoint } from '../diff/landing-point.js';
import { sectorPath } from '../disc/device-names.js';
import { cdrecordFixCommand, cdrecordWriteCommand, mkisofsImageCommand, mkisofsPrintSizeCommand, parseMkisofsPrintSize, type AppendPoint } from './cdrecord/cdrecord-commands.js';
import type { SessionWriter, WriterSetup } from './backend-interface.js';
import type { BurnOptions, SessionContent } from './session-content.js';
import { parsePrintSize, xorrisoBurnCommand, xorrisoPrintSizeCommand } from './xorriso/xorriso-commands.js';

export interface BuilderSetup extends WriterSetup {
  /** xorriso, or cdrecord/wodim/cdrskin. */
  burner: string;
  /** For the cdrecord backend: mkisofs or genisoimage. */
  mkisofs?: string;
  /** A cdrecord-family program for closing without a new session, when one is installed. */
  fixer?: string;
}

export function xorrisoCommandBuilder(setup: BuilderSetup): SessionWriter {
  return {
    sizeInBurn: false,
    // it grows one image on random-access media and emulates the sessions (libisoburn)
    growsOverwriteableMedia: true,
    measureSession: (index) => ({
      command: xorrisoPrintSizeCommand(setup.burner, setup.device, content(setup, index)),
      sectors: (stdout, stderr) => parsePrintSize(stdout + stderr),
    }),
    burnSession: (index, _landing, _sectors, close) => [xorrisoBurnCommand(setup.burner, setup.device, content(setup, index), burnOptions(setup, close))],
    closeDisc: () => (setup.fixer ? [cdrecordFixCommand(setup.fixer, setup.device, setup.dummy)] : undefined),
  };
}

export function cdrecordCommandBuilder(setup: BuilderSetup & { mkisofs: string }): SessionWriter {
  return {
    sizeInBurn: true,
    // cdrecord writes sessions after each other; on random-access media a new session must
    // rewrite the first one's volume descriptors, which only xorriso's growing does
    growsOverwriteableMedia: false,
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
