// `burnplan drives`: the drives as a table, then what keeps other drives from being listed.
import type { DriveMedia, DrivesReport, FoundDrive } from '../drives/drive-model.js';
import { printable } from './printable.js';
import { formatMiB, formatTable } from './units.js';

/** The report of a scan that listed at least one drive (stdout). */
export function renderDrives(report: DrivesReport): string {
  const withMedia = report.drives.some((drive) => drive.media !== undefined);
  const header = ['Device', 'Vendor', 'Model', 'Revision', ...(withMedia ? ['Media'] : [])];
  // what a drive answers about itself is shown escaped, as what a disc holds is
  const rows = report.drives.map((drive) => [drive.device, drive.vendor, drive.model, drive.revision ?? '-', ...(withMedia ? [mediaText(drive.media)] : [])].map(printable));
  const lines = formatTable([header, ...rows]);
  const notes = [...report.drives.flatMap(mediaNote), ...report.unusable.map((u) => `${u.device}: ${u.hint}`)];
  if (notes.length > 0) lines.push('', ...notes);
  return `${lines.join('\n')}\n`;
}

/** Why nothing is listed (stderr; the command then exits 1). */
export function renderNoDrives(report: DrivesReport): string {
  return `${report.noneFound ?? `no optical drive found (${report.scanCommand})`}\n`;
}

export function mediaText(media: DriveMedia | undefined): string {
  if (!media) return '';
  if (media.state === 'empty') return 'no disc';
  if (media.state === 'unknown') return 'unreadable (below)';
  const title = media.kind === 'unknown' ? media.description : media.kind === 'virtual' ? 'virtual disc' : media.kind.toUpperCase();
  const parts = [title, media.status];
  if (media.status !== 'blank') parts.push(`${media.sessions} session${media.sessions === 1 ? '' : 's'}`);
  if (media.status !== 'closed' && media.freeSectors !== undefined) parts.push(`${formatMiB(media.freeSectors)} free`);
  return parts.join(', ');
}

function mediaNote(drive: FoundDrive): string[] {
  if (drive.media?.state !== 'unknown') return [];
  // device errors already start with the device
  const reason = drive.media.reason.startsWith(`${drive.device}: `) ? drive.media.reason.slice(drive.device.length + 2) : drive.media.reason;
  return [`${drive.device}: the disc could not be read: ${printable(reason)}`];
}
