// Why an extent cannot be read whole, told truthfully: it points past the end of the session's
// own volume (the record pointing at it is wrong: damaged or crafted), or the image file ends
// before it although the volume holds it (the file was cut off), or the disc ends before it.

export interface VolumeBounds {
  /** One past the volume's last sector, counted from the disc's start. */
  volumeEnd: number;
  /** The sectors of an image file; undefined for a device, whose size is not known beforehand. */
  imageSectors?: number;
}

/** The problem with `sectors` sectors at `lba`, or undefined when the volume and image hold them. */
export function pastEnd(lba: number, sectors: number, bounds: VolumeBounds): string | undefined {
  const last = lba + Math.max(sectors, 1) - 1;
  if (last >= bounds.volumeEnd) return pastSessionEnd(last, bounds.volumeEnd);
  if (bounds.imageSectors !== undefined && last >= bounds.imageSectors) return imageCutOff(bounds);
  return undefined;
}

/** For a read that came back short although `pastEnd` found no problem. */
export function shortRead(bounds: VolumeBounds): string {
  return bounds.imageSectors === undefined ? 'lies past the end of the disc, inside what its volume claims: the session was cut short' : imageCutOff(bounds);
}

function pastSessionEnd(last: number, volumeEnd: number): string {
  return `points past the session end (LBA ${last} > ${volumeEnd - 1}): damaged or crafted image`;
}

function imageCutOff(bounds: VolumeBounds): string {
  return `lies past the end of the image file, which holds ${bounds.imageSectors} of the volume's ${bounds.volumeEnd} sectors: the image is truncated`;
}

/**
 * Where the volume may end, at the latest. mkisofs -C counts the volume space from the disc's
 * start (the new image spans the earlier sessions too); xorriso counts it from the session's
 * (checked on stdio: discs, 1.5.4). Counting from the session's start holds for both.
 */
export function volumeEndOf(sessionStart: number, volumeSpaceSize: number): number {
  return sessionStart + volumeSpaceSize;
}
