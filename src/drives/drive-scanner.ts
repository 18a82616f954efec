// What each tool family gives `burnplan drives`: the command that lists the drives, how to read
// its output, and how to read what is in one drive.
import type { ToolInfo } from '../disc/disc-model.js';
import type { Command } from '../core/command.js';
import type { DriveMedia, DriveScan } from './drive-model.js';

export interface MediaReading {
  media: DriveMedia;
  /** The drive's firmware revision, when the read showed it. */
  revision?: string;
}

export interface DriveScanner {
  tool: ToolInfo;
  command: Command;
  parse(output: string): DriveScan;
  /** The tool's version, when only the scan's output tells it. */
  versionFrom?(output: string): string | undefined;
  readMedia(device: string): Promise<MediaReading>;
}
