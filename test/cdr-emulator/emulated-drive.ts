// Test helper around cdrecord-emulator.mjs: inserts a blank emulated CD in a folder and gives
// the device string, a bin folder with `cdrecord` and `wodim` links to the emulator (put it
// first on PATH), and an environment for child processes.
import { mkdirSync, readFileSync, renameSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { insertBlank } from './lib/disc-state.mjs';

/** The emulator's sources, as `node cdrecord-emulator.mjs` runs them. */
export const EMULATOR_SOURCE: string = fileURLToPath(new URL('./cdrecord-emulator.mjs', import.meta.url));

/**
 * The emulator the tests run: the same code in one file, bundled by the global set-up
 * (test/global-setup.ts), since each of the suite's thousand calls would otherwise resolve and
 * compile its twenty modules again.
 */
export const EMULATOR_PATH: string = fileURLToPath(new URL('../../node_modules/.cache/burnplan-test/cdrecord-emulator.mjs', import.meta.url));

export type EmulatorVariant = 'cdrecord' | 'wodim';
export type EmulatedMedia = 'cd-r' | 'cd-rw';

export interface EmulatedTrack {
  no: number;
  session: number;
  /** First user sector (LBA). */
  start: number;
  /** Sectors written (the image, padded to at least 300 sectors). */
  size: number;
  /** 2 run-out sectors after a TAO track, 0 after SAO. */
  runout: number;
  /** Sector mode read back by READ HEADER: 2 for -multi (CD-ROM XA mode 2), 1 for -data. */
  mode: number;
  xa: boolean;
  /** Set on a track cut short by a write error (until -fix closes its session). */
  partial?: boolean;
}

export interface EmulatorState {
  format: 'cdr-emulator-state/1';
  media: EmulatedMedia;
  minutes: 74 | 80;
  atip: {
    leadIn: number;
    leadInMsf: { m: number; s: number; f: number };
    leadOut: number;
    erasable: boolean;
    indWrPower: number;
    refSpeed: number;
    subType: number;
    uru: boolean;
    rcap: number;
  };
  tracks: EmulatedTrack[];
  /** Number of complete (fixated) sessions. */
  sessionsClosed: number;
  /** True once the disc is closed: nothing can be appended. */
  finalized: boolean;
  /** An open (not fixated) session, e.g. after -nofix or a write error. */
  open: null | { session: number; damaged: boolean };
}

export interface EmulatedDriveOptions {
  /** Which program `program` names; both links exist in binDir anyway. Default cdrecord. */
  variant?: EmulatorVariant;
  media?: EmulatedMedia;
  minutes?: 74 | 80;
  /** File name of the disc image inside `dir`. Default `disc.img`. */
  imageName?: string;
}

export interface EmulatedDrive {
  variant: EmulatorVariant;
  /** The program name to run (found through binDir on PATH): `cdrecord` or `wodim`. */
  program: EmulatorVariant;
  /** `stdio:` + imagePath, as burnplan writes virtual devices. */
  device: string;
  /** The sparse disc image: sector LBA L at byte L*2048 (what `genisoimage -M` reads). */
  imagePath: string;
  /** The emulator's state file beside the image. */
  statePath: string;
  /** A folder holding `cdrecord` and `wodim` symlinks to the emulator; put it first on PATH. */
  binDir: string;
  /** process.env with binDir first on PATH. */
  env: NodeJS.ProcessEnv;
  /** env plus CDR_EMULATOR_SCAN=imagePath: `-scanbus` and `--devices` find this drive (as 0,0,0 / by its image path). */
  envScanning: NodeJS.ProcessEnv;
  /** env plus CDR_EMULATOR_FAULT=fault (see the emulator's header for the fault names). */
  envWithFault(fault: string): NodeJS.ProcessEnv;
  readState(): EmulatorState;
  /** Replaces the state (for synthetic situations a test cannot burn its way to). */
  writeState(state: EmulatorState): void;
}

/** Inserts a blank disc (sparse image + state) in `dir` and prepares the bin folder. */
export function createEmulatedDrive(dir: string, options: EmulatedDriveOptions = {}): EmulatedDrive {
  const variant = options.variant ?? 'cdrecord';
  const imagePath = path.join(dir, options.imageName ?? 'disc.img');
  const statePath = `${imagePath}.cdr.json`;
  // what `cdrecord-emulator.mjs --emulator-insert` does, without a process of its own
  insertBlank(imagePath, options.media ?? 'cd-r', options.minutes ?? 80);
  const binDir = path.join(dir, 'cdr-emulator-bin');
  mkdirSync(binDir, { recursive: true });
  for (const name of ['cdrecord', 'wodim'] as const) {
    const link = path.join(binDir, name);
    if (!existsSync(link)) symlinkSync(EMULATOR_PATH, link);
  }
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ''}` };
  delete env.CDR_EMULATOR_FAULT;
  delete env.CDR_EMULATOR_VARIANT;
  delete env.CDR_EMULATOR_SCAN;
  delete env.CDR_EMULATOR_CALL_MS;
  delete env.CDR_EMULATOR_CALL_LOG;
  return {
    variant,
    program: variant,
    device: `stdio:${imagePath}`,
    imagePath,
    statePath,
    binDir,
    env,
    envScanning: { ...env, CDR_EMULATOR_SCAN: imagePath },
    envWithFault: (fault: string) => ({ ...env, CDR_EMULATOR_FAULT: fault }),
    readState: () => JSON.parse(readFileSync(statePath, 'utf8')) as EmulatorState,
    writeState: (state: EmulatorState) => {
      writeFileSync(`${statePath}.tmp`, `${JSON.stringify(state, null, 2)}\n`);
      renameSync(`${statePath}.tmp`, statePath);
    },
  };
}
