// Facts about the kinds of media burnplan knows.

import type { Media } from '../plan/plan-model.js';

export interface MediaFacts {
  /** How users and tools name it. */
  title: string;
  /** Most sessions one disc can hold, where a firm limit is known. */
  maxSessions?: number;
  /**
   * Random-access media: no table of sessions of their own and no closing. xorriso grows one
   * ISO 9660 image on them and emulates the table of sessions from the image's headers, as it
   * does on a stdio: file (xorriso's manual, "Media types and states").
   */
  overwriteable: boolean;
}

export const MEDIA_FACTS: Record<Exclude<Media, 'any'>, MediaFacts> = {
  // Orange Book: at most 99 sessions (and 99 tracks) on a CD.
  'cd-r': { title: 'CD-R', maxSessions: 99, overwriteable: false },
  'cd-rw': { title: 'CD-RW', maxSessions: 99, overwriteable: false },
  // Sequential DVD-R: the number of sessions (borders) is limited in practice by the ~30 MiB
  // lead-out each one costs, not by a fixed count; DAO-written DVD-R holds one session.
  'dvd-r': { title: 'DVD-R', overwriteable: false },
  // Formatted (restricted overwrite), as xorriso writes it after -format full; a DVD-RW left
  // in sequential recording reads like a DVD-R and is accepted as dvd-rw too.
  'dvd-rw': { title: 'DVD-RW', overwriteable: true },
  // DVD+R specification: at most 153 sessions (dvd+rw-tools documents the same limit).
  'dvd+r': { title: 'DVD+R', maxSessions: 153, overwriteable: false },
  'dvd+rw': { title: 'DVD+RW', overwriteable: true },
  // BD-R (SRM): thousands of tracks; the capacity runs out long before the count.
  'bd-r': { title: 'BD-R', overwriteable: false },
  'bd-re': { title: 'BD-RE', overwriteable: true },
};

export function isOverwriteable(kind: string): boolean {
  return kind in MEDIA_FACTS && MEDIA_FACTS[kind as keyof typeof MEDIA_FACTS].overwriteable;
}

/**
 * The disc in the drive is written at random: xorriso grows one image on it and emulates its
 * table of sessions. A DVD-RW counts only when formatted ("DVD-RW restricted overwrite"; in
 * "sequential recording" it has a real TOC). xorriso(1) 1.5.4, "Media types and states":
 * "Regular files and block devices are handled as overwritable media", and the TOC is emulated
 * only "if the first session was written by xorriso" (else one overall session shows: a disc
 * first written by growisofs reads as one session). A stdio: file is such a disc: libburn names its
 * profile 0xffff "stdio file" (a libburn invention, libburn.h) and xorriso adds ", overwriteable"
 * (Xorriso_toc(), drive role 2); isoburn_welcome_media() in libisoburn's burn_wrap.c starts the
 * same TOC emulation for it as for DVD+RW and BD-RE (any random-access drive).
 */
export function isOverwriteableDisc(kind: string, description: string): boolean {
  if (kind === 'virtual') return /\boverwriteable\b/.test(description);
  if (kind === 'dvd-rw') return /restricted overwrite/i.test(description);
  return isOverwriteable(kind);
}

export function mediaTitle(kind: string): string {
  return kind in MEDIA_FACTS ? MEDIA_FACTS[kind as keyof typeof MEDIA_FACTS].title : kind.toUpperCase();
}
