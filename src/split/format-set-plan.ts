// The set plan `burnplan split` writes: one disc per split disc, ids PREFIX-01, PREFIX-02 …,
// each with one session whose label is a plain ISO 9660 volume id, its files grafted at the
// same paths below the disc's root as below the split folder. Pure.
import { Document, isMap, isSeq } from 'yaml';
import type { SplitMedia } from './disc-capacity.js';
import type { DiscLimits, SplitResult } from './split-model.js';

export interface SetPlanOptions {
  /** The split folder as the plan names it: relative to the plan's folder ("./photos"). */
  folder: string;
  /** Shown in the header: the folder as given on the command line. */
  shownFolder: string;
  prefix: string;
  media: SplitMedia;
  limits: DiscLimits;
  /** With {n} (1, 2 …) and {id}: each disc's device. */
  deviceTemplate?: string;
  backend?: 'xorriso' | 'cdrecord';
  schemaPath?: string;
}

/** A folder's name made into the start of disc ids: other characters become "-". */
export function prefixFrom(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 60).replace(/[-.]+$/, '');
  return cleaned === '' ? 'disc' : cleaned;
}

/** Two digits at least: PREFIX-01 … PREFIX-99, then PREFIX-100. */
export function discNumber(n: number, count: number): string {
  return String(n).padStart(Math.max(2, String(count).length), '0');
}

export function discId(prefix: string, n: number, count: number): string {
  return `${prefix}-${discNumber(n, count)}`;
}

/** Upper-case d-characters (A-Z, 0-9, _), at most 16 so that Joliet readers show it whole. */
export function discLabel(prefix: string, n: number, count: number): string {
  const number = discNumber(n, count);
  const stem = prefix.toUpperCase().replace(/[^A-Z0-9_]/g, '_').slice(0, 16 - 1 - number.length);
  return `${stem}_${number}`;
}

export function deviceFor(template: string, n: number, id: string): string {
  return template.replaceAll('{n}', String(n)).replaceAll('{id}', id);
}

export function formatSetPlan(result: SplitResult, options: SetPlanOptions): string {
  const count = result.discs.length;
  const large = result.discs.some((disc) => disc.largeFiles);
  const document = new Document({
    version: 1,
    defaults: { joliet: true, rockRidge: true },
    discs: result.discs.map((disc) => {
      const id = discId(options.prefix, disc.number, count);
      const backend = disc.largeFiles ? 'xorriso' : options.backend;
      return {
        id,
        media: options.media.planMedia,
        ...(options.deviceTemplate ? { device: deviceFor(options.deviceTemplate, disc.number, id) } : {}),
        ...(backend ? { backend } : {}),
        sessions: [
          {
            label: discLabel(options.prefix, disc.number, count),
            ...(disc.largeFiles ? { isoLevel: 3 } : {}),
            files: disc.items.map((item) => ({ source: item.path === '' ? options.folder : `${options.folder}/${item.path}`, target: `/${item.path}` })),
          },
        ],
      };
    }),
  });
  const { capacity, reserve } = options.limits;
  document.commentBefore = [
    ...(options.schemaPath ? [` yaml-language-server: $schema=${options.schemaPath}`] : []),
    ` Written by burnplan split from ${options.shownFolder}: ${count} disc${count === 1 ? '' : 's'} of ${options.media.title},`,
    ` ${capacity} sectors each, ${reserve} kept free for later sessions. Burn one with`,
    ` burnplan apply THIS-PLAN --disc ID; append later sessions to a disc's own list.`,
    ...(large ? [' Discs holding a file of 4 GiB or more use xorriso and ISO level 3 (genisoimage cannot write such files).'] : []),
  ].join('\n');
  const discs = document.get('discs', true);
  if (isSeq(discs)) {
    discs.items.forEach((item, i) => {
      const disc = result.discs[i]!;
      const { data, total } = disc.sectors;
      if (isMap(item)) item.commentBefore = ` disc ${disc.number}: about ${total} sectors of ${result.usable} (${percent(total, result.usable)}), ${data} of them file data`;
      for (const pair of isMap(item) ? item.items : []) {
        if (String((pair.key as { value?: unknown }).value) !== 'sessions' || !isSeq(pair.value)) continue;
        for (const session of pair.value.items) {
          const files = isMap(session) ? session.get('files', true) : undefined;
          if (isSeq(files)) for (const file of files.items) if (isMap(file)) file.flow = true;
        }
      }
    });
  }
  return document.toString({ lineWidth: 0 });
}

export function percent(part: number, whole: number): string {
  return `${Math.floor((part / whole) * 1000) / 10}%`;
}
