// `burnplan status --json`: one document, snake_case keys, a format_version to rely on.
import type { Disc } from '../disc/disc-model.js';
import { SECTOR_BYTES } from '../disc/disc-model.js';
import { copyOf, sessionMark } from '../disc/burnplan-mark.js';
import { sectorPath } from '../disc/device-names.js';
import { hasEmulatedToc } from '../disc/media-match.js';
import { sessionSize, spaceUsed } from '../disc/session-size.js';

export const STATUS_JSON_FORMAT_VERSION = 1;

export function statusJson(disc: Disc): string {
  return `${JSON.stringify(statusDocument(disc), null, 2)}\n`;
}

export function statusDocument(disc: Disc) {
  return {
    format_version: STATUS_JSON_FORMAT_VERSION,
    device: disc.device,
    tool: { backend: disc.tool.backend, program: disc.tool.program, version: disc.tool.version ?? null },
    drive: disc.drive ? { vendor: disc.drive.vendor, model: disc.drive.model, revision: disc.drive.revision ?? null } : null,
    media: { kind: disc.media.kind, description: disc.media.description },
    status: disc.status,
    /** true: the sessions are xorriso's emulated TOC of an overwriteable disc (never closed) */
    emulated_toc: hasEmulatedToc(disc),
    next_writable_address: disc.nextWritableAddress ?? null,
    free_sectors: disc.freeSectors ?? null,
    free_bytes: disc.freeSectors === undefined ? null : disc.freeSectors * SECTOR_BYTES,
    /** why nothing may be written to this disc, one line each; empty on a sound disc */
    damage: disc.damage ?? [],
    unfinished_session: disc.unfinishedSession === true,
    /** false when sessions could not be read (a cdrecord address): iso9660 is then unknown, not absent */
    sessions_readable: sectorPath(disc.device) !== undefined,
    sessions: disc.sessions.map((session, index) => {
      const fs = session.filesystem;
      const mark = sessionMark(fs);
      return {
        number: session.number,
        start_lba: session.startLba,
        /** the data the session holds (session-size.ts), as diff and apply show it */
        size_sectors: sessionSize(session),
        /** the session as the tool's TOC lists it: padding and run-out included */
        track_sectors: session.sizeSectors,
        /** up to where the next session starts: padding, run-out and gaps included */
        space_used_sectors: spaceUsed(disc, index) ?? null,
        problem: session.problem ? { kind: session.problem.kind, detail: session.problem.detail } : null,
        iso9660: fs
          ? {
              volume_id: fs.volumeId,
              volume_set_id: fs.volumeSetId,
              application_id: fs.applicationId,
              publisher_id: fs.publisherId,
              preparer_id: fs.preparerId,
              volume_space_size: fs.volumeSpaceSize,
              joliet: fs.joliet,
              rock_ridge: fs.rockRidge,
            }
          : null,
        burnplan: mark ? { mark_version: mark.version, fingerprint: mark.fingerprint, copy: copyOf(mark) } : null,
      };
    }),
  };
}
