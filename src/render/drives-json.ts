// `burnplan drives --json`: one document, snake_case keys, a format_version to rely on. Every key
// is always present (null when it does not apply), whether drives were found or not.
import { SECTOR_BYTES } from '../disc/disc-model.js';
import type { DriveMedia, DrivesReport } from '../drives/drive-model.js';

export const DRIVES_JSON_FORMAT_VERSION = 1;

export function drivesJson(report: DrivesReport): string {
  const document = {
    format_version: DRIVES_JSON_FORMAT_VERSION,
    tool: { backend: report.tool.backend, program: report.tool.program, version: report.tool.version ?? null },
    scan_command: report.scanCommand,
    drives: report.drives.map((drive) => ({
      device: drive.device,
      vendor: drive.vendor,
      model: drive.model,
      revision: drive.revision ?? null,
      permissions: drive.permissions ?? null,
      /** null when not read (--no-media) */
      media: drive.media ? mediaJson(drive.media) : null,
    })),
    unusable: report.unusable.map((u) => ({ device: u.device, reason: u.reason, group: u.group ?? null, hint: u.hint })),
    message: report.noneFound ?? null,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function mediaJson(media: DriveMedia) {
  const loaded = media.state === 'loaded' ? media : undefined;
  const free = loaded?.freeSectors;
  return {
    state: media.state,
    kind: loaded?.kind ?? null,
    description: loaded?.description ?? null,
    status: loaded?.status ?? null,
    sessions: loaded?.sessions ?? null,
    free_sectors: free ?? null,
    free_bytes: free === undefined ? null : free * SECTOR_BYTES,
    reason: media.state === 'unknown' ? media.reason : null,
  };
}
