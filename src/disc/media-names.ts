// Media as the tools name them (MMC profile names, xorriso's "Media current", cdrecord's
// "Mounted media type") → burnplan's MediaKind.
import type { MediaKind } from './disc-model.js';

export function mediaKindFromName(name: string): MediaKind {
  const text = name.trim().toLowerCase();
  if (text.startsWith('stdio file')) return 'virtual';
  const rules: Array<[RegExp, MediaKind]> = [
    [/^cd-r$|^cd-r\b(?!w|om)/, 'cd-r'],
    [/^cd-rw\b/, 'cd-rw'],
    [/^cd-rom\b/, 'cd-rom'],
    [/^dvd-r(\/dl)?\b(?!w|om|am)/, 'dvd-r'],
    [/^dvd-rw\b/, 'dvd-rw'],
    [/^dvd\+r(\/dl)?$|^dvd\+r(\/dl)?\b(?!w)/, 'dvd+r'],
    [/^dvd\+rw\b/, 'dvd+rw'],
    [/^dvd-rom\b/, 'dvd-rom'],
    [/^bd-r\b(?!e|om)/, 'bd-r'],
    [/^bd-re\b/, 'bd-re'],
    [/^bd-rom\b/, 'bd-rom'],
  ];
  for (const [pattern, kind] of rules) if (pattern.test(text)) return kind;
  return 'unknown';
}
