// What a backend read from a disc: plain data, easy to build in tests. Every backend fills the
// same model, so status, diff and apply never look at tool output themselves.

export type DiscStatus = 'blank' | 'appendable' | 'closed';

/** The kinds of media burnplan tells apart; plans name the writable ones (media.ts). */
export type MediaKind =
  | 'cd-r'
  | 'cd-rw'
  | 'dvd-r'
  | 'dvd-rw'
  | 'dvd+r'
  | 'dvd+rw'
  | 'bd-r'
  | 'bd-re'
  | 'cd-rom'
  | 'dvd-rom'
  | 'bd-rom'
  /** a file-backed virtual disc (`stdio:PATH`) */
  | 'virtual'
  | 'unknown';

/** The identity a session's ISO 9660 volume descriptors carry. */
export interface SessionFilesystem {
  volumeId: string;
  volumeSetId: string;
  applicationId: string;
  publisherId: string;
  preparerId: string;
  /** Blocks the ISO 9660 image of this session claims (its PVD's volume space size). */
  volumeSpaceSize: number;
  joliet: boolean;
  rockRidge: boolean;
}

/**
 * Why a session cannot be trusted: `unfinished` (begun, never closed: an interrupted burn),
 * `cut-short` (its data ends before its own header says it does), `unreadable` (its header
 * cannot be read). Nothing is ever written after such a session.
 */
export interface SessionProblem {
  kind: 'unfinished' | 'cut-short' | 'unreadable';
  /** What is wrong, in one line, with the tool's or the image's own numbers. */
  detail: string;
}

export interface DiscSession {
  /** 1-based, as tools print it. */
  number: number;
  startLba: number;
  /**
   * The sectors from its start to the end of its last track, as the drive's table of contents
   * (or xorriso's emulated one) gives it: padding and run-out included. What status, diff and
   * apply show as the session's size is sessionSize() (session-size.ts), the data it holds.
   */
  sizeSectors: number;
  /** Set when the session is damaged or unfinished. */
  problem?: SessionProblem;
  /** Absent when the session holds no ISO 9660 file system (audio, other data). */
  filesystem?: SessionFilesystem;
  /** An audio session: its sectors cannot be read as data, so nothing is read from it. */
  audio?: boolean;
  /**
   * For a session cut short (its file system claims more sectors than were written) whose
   * directory tree could be read: the files whose data lies past what was written. Empty when
   * only padding is missing.
   */
  lostFiles?: string[];
}

export interface DriveInfo {
  vendor: string;
  model: string;
  revision?: string;
}

export interface ToolInfo {
  backend: 'xorriso' | 'cdrecord';
  /** The program that was run, as found on PATH or given by BURNPLAN_* */
  program: string;
  /** e.g. "xorriso 1.5.4", "wodim 1.1.11", "cdrecord 3.02a09" */
  version?: string;
}

export interface Disc {
  device: string;
  tool: ToolInfo;
  drive?: DriveInfo;
  media: { kind: MediaKind; /** the tool's own words, e.g. "CD-R", "stdio file, overwriteable" */ description: string };
  status: DiscStatus;
  sessions: DiscSession[];
  /** Where the next session would start; absent on a closed disc. */
  nextWritableAddress?: number;
  /** Sectors that can still be written; absent when the tool does not say. */
  freeSectors?: number;
  /** The drive reports a session that was begun but never finished (an interrupted burn). */
  unfinishedSession?: boolean;
  /** The sessions listed are xorriso's emulation on random-access media, read from the chain
   * of ISO headers it grows there (libisoburn's isoburn_emulate_toc()): no table of their own. */
  emulatedToc?: true;
  /**
   * Why the disc as read cannot be trusted (the tools' numbers disagree, a session chain is
   * broken, data lies where the tool sees a blank disc), one line each. Non-empty: nothing is
   * written to this disc.
   */
  damage?: string[];
}

export const SECTOR_BYTES = 2048;
