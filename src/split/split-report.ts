// What `burnplan split` decided, as the lines it prints and as its --json document
// (schemas/split-output.schema.json). Pure.
import { formatBytes } from '../core/bytes.js';
import { deviceFor, discId, discLabel, percent, type SetPlanOptions } from './format-set-plan.js';
import type { SplitRefusal, SplitResult } from './split-model.js';

/** What the report says of the split: the plan's own options, less where its files lie. */
export type ReportContext = Pick<SetPlanOptions, 'shownFolder' | 'prefix' | 'media' | 'limits' | 'deviceTemplate' | 'backend'>;

const gib = (bytes: number) => formatBytes(bytes, { unit: bytes >= 1024 ** 3 ? 'GiB' : 'MiB', digits: 2 });

/** One line per file that fits no disc: its name, its size and why. */
export function refusalLine(refusal: SplitRefusal, context: ReportContext, usable: number): string {
  const where = `${context.shownFolder}/${refusal.path}`;
  if (refusal.reason === 'link-alone') {
    return `${where}: a symbolic link (or special file) in a folder split over discs: grafted on its own it would be followed and burn what it points to; move it into a folder that fits one disc, or remove it`;
  }
  if (refusal.reason === 'large-file-needs-xorriso') {
    return `${where}: ${gib(refusal.size)}: a file of 4 GiB or more needs ISO level 3 and xorriso (genisoimage cannot write it), and --backend cdrecord rules xorriso out`;
  }
  return `${where}: ${gib(refusal.size)} (${Math.ceil(refusal.size / 2048)} sectors) fits no disc: a ${context.media.title} of ${context.limits.capacity} sectors leaves ${usable} for one session after the reserve, and the file system needs some of them`;
}

export function summaryLines(result: SplitResult, context: ReportContext): string[] {
  const count = result.discs.length;
  const lines = [`${context.shownFolder} over ${count} disc${count === 1 ? '' : 's'} of ${context.media.title}: ${result.usable} sectors each for the session (${context.limits.reserve} of ${context.limits.capacity} kept free):`];
  for (const disc of result.discs) {
    const files = disc.items.reduce((sum, item) => sum + item.files, 0);
    const bytes = disc.items.reduce((sum, item) => sum + item.bytes, 0);
    lines.push(`  ${discId(context.prefix, disc.number, count)}  ${disc.sectors.total} sectors (${percent(disc.sectors.total, result.usable)})  ${files} file${files === 1 ? '' : 's'}, ${gib(bytes)}`);
  }
  return lines;
}

export function splitJson(result: SplitResult, context: ReportContext, plan: string | null) {
  const count = result.discs.length;
  return {
    format_version: 1,
    ok: plan !== null,
    folder: context.shownFolder,
    plan,
    media: context.media.name,
    capacity_sectors: context.limits.capacity,
    reserve_sectors: context.limits.reserve,
    usable_sectors: result.usable,
    discs: result.discs.map((disc) => {
      const id = discId(context.prefix, disc.number, count);
      return {
        id,
        number: disc.number,
        label: discLabel(context.prefix, disc.number, count),
        device: context.deviceTemplate ? deviceFor(context.deviceTemplate, disc.number, id) : null,
        backend: disc.largeFiles ? 'xorriso' : (context.backend ?? null),
        iso_level: disc.largeFiles ? 3 : null,
        sectors: disc.sectors,
        fill: disc.sectors.total / result.usable,
        files: disc.items.reduce((sum, item) => sum + item.files, 0),
        bytes: disc.items.reduce((sum, item) => sum + item.bytes, 0),
        items: disc.items,
      };
    }),
    refused: result.refused.map((refusal) => ({ path: refusal.path, size_bytes: refusal.size, reason: refusal.reason, message: refusalLine(refusal, context, result.usable) })),
  };
}
