// Volume (set) ids the tools write when told none: xorriso's "ISOIMAGE" (volume id and volume set
// id alike), mkisofs's and genisoimage's "CDROM". Every disc burned by hand that way carries the
// same one, so such an id tells no disc from another and cannot serve as a disc id.
const TOOL_DEFAULT_IDS = new Set(['ISOIMAGE', 'CDROM']);

export function isToolDefaultId(id: string): boolean {
  return TOOL_DEFAULT_IDS.has(id.trim().toUpperCase());
}
