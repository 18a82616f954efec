// The numbers of an emulated TOC (overwriteable media, stdio: files) checked against how
// libisoburn 1.5.4 makes them (burn_wrap.c): each session's size is read from its own ISO
// volume descriptors, and the next writable address is the end of the newest image rounded up
// to 32 blocks (Libisoburn_nwa_alignemenT; isoburn_set_start_byte()). Pure.
import type { Disc, DiscSession } from '../../disc/disc-model.js';
import { isOverwriteableDisc } from '../../disc/media.js';
import { mediaKindFromName } from '../../disc/media-names.js';
import type { XorrisoToc } from './parse-xorriso-toc.js';

const ALIGNMENT = 32;

export function isEmulatedToc(mediaDescription: string | undefined): boolean {
  const description = mediaDescription ?? '';
  return isOverwriteableDisc(mediaKindFromName(description), description);
}

/** A next writable address that does not follow the last session: sectors no session accounts for. */
export function emulatedNwaProblem(toc: XorrisoToc, sessions: readonly DiscSession[]): string | undefined {
  const last = sessions[sessions.length - 1];
  const nwa = toc.nextWritableAddress;
  if (!last || last.problem || nwa === undefined || !/is appendable/.test(toc.status ?? '') || !isEmulatedToc(toc.media)) return undefined;
  const end = last.startLba + last.sizeSectors;
  // an address inside the last session is said by checkXorrisoToc() already
  if (nwa < end) return undefined;
  const expected = Math.ceil(end / ALIGNMENT) * ALIGNMENT;
  if (nwa === expected) return undefined;
  return `the next writable address ${nwa} is not where xorriso's emulated TOC ends: session ${last.number} ends at LBA ${end - 1}, so the next session would start at ${expected}`;
}

/**
 * Each session's ISO volume against the size the emulated TOC gives it: xorriso took that size
 * from the volume, so a smaller volume means the TOC does not describe these headers. A bigger
 * one is a session cut short, which diff judges (only padding lost, or files too).
 */
export function emulatedVolumeProblems(disc: Disc): string[] {
  if (disc.tool.backend !== 'xorriso' || !isOverwriteableDisc(disc.media.kind, disc.media.description)) return [];
  return disc.sessions
    .filter((s) => s.filesystem !== undefined && !s.problem && s.filesystem.volumeSpaceSize < s.sizeSectors)
    .map((s) => `session ${s.number}: xorriso's emulated TOC gives it ${s.sizeSectors} sectors but its ISO volume holds ${s.filesystem!.volumeSpaceSize}`);
}
