// How much a disc of each kind holds, and what one session costs on it beyond its image. Pure.
// Nominal capacities in 2,048-byte sectors, from real tool output kept in
// test/fixtures/real-outputs/ (SOURCES.md says where each comes from):
// - CD-R, 80 minutes: "ATIP start of lead out: 359849 (79:59/74)"
//   (cdrecord-burn-dummy-sao-underruns-predicted-01.txt). 74-minute discs hold 333,000: --capacity.
// - DVD+R: "Remaining writable size: 2295104" (cdrskin-minfo-dvdplusr-blank-02.txt).
// - DVD-R: "Blocks total: 2298496" (wodim-burn-dvdr-sao-progress-01.txt) and "2298496 overall"
//   (xorriso-toc-dvdrw-seq-1session-appendable-01.txt, a DVD-RW in sequential recording).
// - DVD+R DL: "8152m free" on a blank one (xorriso-as-cdrecord-dvdplusrdl-progress-with-total-1.4.2-
//   excerpt-01.txt): 8,152 MiB = 4,173,824 sectors.
// - BD-R: "Free Blocks: 12219392*2KB" unformatted (dvd+rw-mediainfo-bdr-blank-01.txt); formatted
//   with the default spare area "00h(3000): 11826176*2048", which BD-RE always is.
// - DVD-R DL 8,543,666,176 bytes (4,171,712 sectors) and BD-R DL 50,050,629,632 bytes
//   (24,438,784 sectors): the capacity tables of Wikipedia's "DVD" and "Blu-ray Disc recordable".
// DVD+RW and a formatted DVD-RW take the smaller single-layer DVD figure; BD-RE DL twice the
// single-layer default format (the spare areas are per layer): an estimate, --capacity for the exact one.
import { sessionCost } from '../diff/geometry.js';
import type { Media } from '../plan/plan-model.js';

export interface SplitMedia {
  /** As --media names it: a plan media kind, or a dual-layer variant of one ("dvd+r-dl"). */
  name: string;
  /** What the plan's `media:` says. */
  planMedia: Exclude<Media, 'any'>;
  title: string;
  capacity: number;
}

const KINDS: readonly SplitMedia[] = [
  { name: 'cd-r', planMedia: 'cd-r', title: 'CD-R (80 min)', capacity: 359_849 },
  { name: 'cd-rw', planMedia: 'cd-rw', title: 'CD-RW (80 min)', capacity: 359_849 },
  { name: 'dvd-r', planMedia: 'dvd-r', title: 'DVD-R', capacity: 2_298_496 },
  { name: 'dvd-r-dl', planMedia: 'dvd-r', title: 'DVD-R DL', capacity: 4_171_712 },
  { name: 'dvd-rw', planMedia: 'dvd-rw', title: 'DVD-RW', capacity: 2_295_104 },
  { name: 'dvd+r', planMedia: 'dvd+r', title: 'DVD+R', capacity: 2_295_104 },
  { name: 'dvd+r-dl', planMedia: 'dvd+r', title: 'DVD+R DL', capacity: 4_173_824 },
  { name: 'dvd+rw', planMedia: 'dvd+rw', title: 'DVD+RW', capacity: 2_295_104 },
  { name: 'bd-r', planMedia: 'bd-r', title: 'BD-R (25 GB)', capacity: 12_219_392 },
  { name: 'bd-r-dl', planMedia: 'bd-r', title: 'BD-R DL (50 GB)', capacity: 24_438_784 },
  { name: 'bd-re', planMedia: 'bd-re', title: 'BD-RE (25 GB, formatted)', capacity: 11_826_176 },
  { name: 'bd-re-dl', planMedia: 'bd-re', title: 'BD-RE DL (50 GB, formatted)', capacity: 23_652_352 },
];

export const SPLIT_MEDIA_NAMES: readonly string[] = KINDS.map((kind) => kind.name);

export function splitMedia(name: string): SplitMedia | undefined {
  return KINDS.find((kind) => kind.name === name.toLowerCase());
}

/** A DVD-R border (the lead-out after each session) costs about 30 MiB: 32 MiB here, to be safe. */
const DVD_R_BORDER = 16_384;

/**
 * Sectors a first session of `imageSectors` costs beyond its image on this media when the disc
 * stays open for the next: the geometry the diff uses (CD: the 300-sector shortest track, run-out,
 * lead-out, the next lead-in and pregap; DVD+R: whole ECC blocks and the gap). BD-R sessions cost
 * little that is known here: the reserve covers it. Overwriteable media grow one image.
 */
export function sessionOverhead(media: Exclude<Media, 'any'>, imageSectors: number): number {
  if (media === 'dvd-r') return DVD_R_BORDER;
  const cost = sessionCost(media, imageSectors, 1);
  return cost.occupied - imageSectors + cost.gapAfter;
}

/**
 * The default --reserve: 5% of the disc. Room for a few later sessions of additions or fixes,
 * each with its own file system (a later xorriso session carries the whole tree again) and, on a
 * CD, its 6,900 sectors of lead-out and lead-in: 5% of a CD-R is 17,992 sectors.
 */
export const DEFAULT_RESERVE_PERCENT = 5;
