// Whether the disc in the drive is the media the plan names, and whether burnplan can write it
// with the tools that read it. Pure.
import type { Media } from '../plan/plan-model.js';
import type { Disc } from './disc-model.js';
import { isOverwriteableDisc, mediaTitle } from './media.js';

export interface MediaProblem {
  code: 'not-writable' | 'wrong-media' | 'overwriteable-backend';
  message: string;
}

const WRITABLE = new Set(['cd-r', 'cd-rw', 'dvd-r', 'dvd-rw', 'dvd+r', 'dvd+rw', 'bd-r', 'bd-re', 'virtual']);

export function mediaProblem(planned: Media, disc: Disc, writer: { growsOverwriteableMedia: boolean }): MediaProblem | undefined {
  const { kind, description } = disc.media;
  if (!WRITABLE.has(kind)) {
    return { code: 'not-writable', message: `the disc in the drive (${description}) cannot be written: burnplan writes CD-R, CD-RW, DVD-R, DVD-RW, DVD+R, DVD+RW, BD-R and BD-RE` };
  }
  // a stdio: file reports no media of its own (libburn's "stdio file" profile): it stands in
  // for the media the plan names, written the way xorriso writes overwriteable media
  if (planned !== 'any' && kind !== 'virtual' && kind !== planned) {
    return { code: 'wrong-media', message: `the plan is for ${mediaTitle(planned)} but the drive holds ${description}` };
  }
  if (kind !== 'virtual' && !writer.growsOverwriteableMedia && isOverwriteableDisc(kind, description)) {
    return {
      code: 'overwriteable-backend',
      message: `the ${mediaTitle(kind)} in the drive is overwriteable: only xorriso can append a session to it (it grows one image and emulates the sessions); use backend: xorriso`,
    };
  }
  return undefined;
}

/**
 * The sessions listed are xorriso's emulation, read from the chain of ISO headers it grows on
 * random-access media (libisoburn's isoburn_emulate_toc()): there is no table of its own.
 */
export function hasEmulatedToc(disc: Disc): boolean {
  return disc.emulatedToc === true;
}
