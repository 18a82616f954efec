// What `burnplan drives` finds: plain data, built by the parsers and find-drives.ts, read by the
// renderers. Tests build it directly.
import type { DiscStatus, MediaKind, ToolInfo } from '../disc/disc-model.js';

/** One drive as a scanning tool lists it. */
export interface ListedDrive {
  /** What to give burnplan as --device: /dev/sr0 (xorriso, wodim, cdrskin) or a cdrecord address 1,0,0 (cdrecord -scanbus). */
  device: string;
  vendor: string;
  model: string;
  /** Shown by -scanbus and by the media read; the device lists of xorriso, wodim and cdrskin leave it out. */
  revision?: string;
  /** The device node's mode as the tool prints it, e.g. "rwrw--" (absent from -scanbus). */
  permissions?: string;
}

/** What a parser read from one scan. */
export interface DriveScan {
  drives: ListedDrive[];
  /** Device nodes the tool could not open because another program holds them. */
  busy: string[];
  /** The tool's own words when it found nothing or failed (SORRY/FATAL lines, error lines). */
  problems: string[];
}

/** What is in a drive, read cheaply after the scan (one table-of-contents read per drive). */
export type DriveMedia =
  | { state: 'loaded'; kind: MediaKind; description: string; status: DiscStatus; sessions: number; freeSectors?: number }
  | { state: 'empty' }
  /** The read failed: busy, unreadable, a tool error; `reason` is one line for the user. */
  | { state: 'unknown'; reason: string };

export interface FoundDrive extends ListedDrive {
  /** Absent when the media was not read (--no-media). */
  media?: DriveMedia;
}

/** A /dev/sr* node that is not listed, and why. */
export interface UnusableDevice {
  device: string;
  reason: 'permission' | 'busy';
  /** The node's group, when it has one besides root (the group to join). */
  group?: string;
  /** One line: what to do about it. */
  hint: string;
}

export interface DrivesReport {
  tool: ToolInfo;
  /** The scan as a user could run it, e.g. "xorriso -devices". */
  scanCommand: string;
  drives: FoundDrive[];
  unusable: UnusableDevice[];
  /** Why no drive is listed; present exactly when `drives` is empty. */
  noneFound?: string;
}
