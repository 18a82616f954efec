// The validated plan burnplan works with: every default applied, every path resolved.
// Built from a PlanFileDocument (the file's shape, generated from the schema) by resolvePlan:
// a PlanSet of one Plan per disc.
import type { PlanDocument } from './plan-schema.js';

type DiscDocument = PlanDocument['disc'];

export type Media = NonNullable<DiscDocument['media']>;
export type BackendChoice = NonNullable<DiscDocument['backend']>;
export type FinalizePolicy = NonNullable<PlanDocument['finalize']>;
export type HiddenFilesPolicy = 'include' | 'exclude';

export interface SessionOptions {
  joliet: boolean;
  rockRidge: boolean;
  isoLevel: 1 | 2 | 3;
  publisher?: string;
  preparer?: string;
  followSymlinks: boolean;
  hiddenFiles: HiddenFilesPolicy;
  /** PAR2 recovery data for the session's files, in percent of their data; absent: none. */
  recovery?: number;
}

export interface PlannedFile {
  /** Absolute path on this computer. */
  source: string;
  /** Absolute path on the disc; for a plain path, the root: a folder's contents go there. */
  target: string;
  /** True when the plan gave `{source, target}`; false for a plain path. */
  grafted: boolean;
}

export interface PlannedSession {
  /** 0-based position in the plan; session N on the disc is index N - 1. */
  index: number;
  label: string;
  /** Found on the disc by `burnplan import`: no files, never burned, matched by label only. */
  imported: boolean;
  /** The plan accepts that this burned session was cut short (its lost files named by diff). */
  acceptCutShort: boolean;
  files: PlannedFile[];
  exclude: string[];
  options: SessionOptions;
}

export interface PlannedDisc {
  id: string;
  media: Media;
  /** Resolved: a `stdio:` path is absolute. Absent when the plan names none. */
  device?: string;
  backend: BackendChoice;
  speed?: number;
}

/** Every disc of a plan file, in its order: a one-disc plan is a set of one. Each Plan has the
 * set's file and baseDir. */
export interface PlanSet {
  file: string;
  baseDir: string;
  discs: Plan[];
  /** `devices:`: the drives a command works on at once when no --device is given (resolved). */
  devices?: string[];
}

/** One disc of a plan file, and the sessions it should hold. */
export interface Plan {
  /** The plan file, as given on the command line. */
  file: string;
  /** Absolute folder of the plan file; relative paths in the plan are taken from here. */
  baseDir: string;
  version: 1;
  disc: PlannedDisc;
  sessions: PlannedSession[];
  finalize: FinalizePolicy;
  eject: boolean;
  /** How many copies of this disc the archive keeps (each session records its copy number). */
  copies: number;
  /** The copy a command works on (`--copy N`, 1-based); absent: the one the disc in the drive is. */
  copy?: number;
}

/** The schema's defaults, repeated here for the type checker; a test keeps them equal. */
export const DEFAULT_SESSION_OPTIONS: SessionOptions = {
  joliet: true,
  rockRidge: true,
  isoLevel: 3,
  followSymlinks: false,
  hiddenFiles: 'include',
};
export const DEFAULT_MEDIA: Media = 'any';
export const DEFAULT_BACKEND: BackendChoice = 'auto';
export const DEFAULT_FINALIZE: FinalizePolicy = 'open';
export const DEFAULT_EJECT = false;
export const DEFAULT_COPIES = 1;
