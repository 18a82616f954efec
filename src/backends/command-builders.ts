// The CommandBuilder of each backend: the exact commands apply runs, built from prepared data.
import type { CommandBuilder, LandingPoint } from '../diff/compute-diff.js';
import { sectorPath } from '../disc/device.js';
import { cdrecordFixCommand, cdrecordWriteCommand, mkisofsImageCommand, type AppendPoint } from './cdrecord/cdrecord-commands.js';
import type { BurnOptions, SessionContent } from './session-content.js';
import { xorrisoBurnCommand } from './xorriso/xorriso-commands.js';

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

export function xorrisoCommandBuilder(setup: BuilderSetup): CommandBuilder {
  return {
    burnSession: (index, _landing, _sectors, close) => [xorrisoBurnCommand(setup.burner, setup.device, content(setup, index), burnOptions(setup, close))],
    closeDisc: () => (setup.fixer ? [cdrecordFixCommand(setup.fixer, setup.device, setup.dummy)] : undefined),
  };
}

export function cdrecordCommandBuilder(setup: BuilderSetup & { mkisofs: string }): CommandBuilder {
  return {
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
