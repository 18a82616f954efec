// What `burnplan split` works on and what it decides. The tree is the walked folder (paths with
// "/", relative to it); the result says which whole files and folders each disc takes, and which
// files fit no disc and why. Pure data.
import type { Media } from '../plan/plan-model.js';

export interface SplitFile {
  /** Path below the split folder, with "/". */
  path: string;
  name: string;
  kind: 'file' | 'symlink' | 'other';
  /** Bytes of content (a symbolic link: the length of its target). */
  size: number;
}

export interface SplitFolder {
  /** Path below the split folder, with "/"; "" for the folder itself. */
  path: string;
  name: string;
  folders: SplitFolder[];
  files: SplitFile[];
}

/** Sectors of 2,048 bytes, as the media and ISO 9660 count them. */
export const SECTOR_BYTES = 2048;

export interface DiscLimits {
  /** The disc's nominal capacity in sectors. */
  capacity: number;
  /** Sectors kept free on every disc for the sessions a plan adds later. */
  reserve: number;
  /** The media, for what a session costs on it beyond its image (lead-out, gap to the next). */
  media: Exclude<Media, 'any'>;
  /** The disc holding a file of 4 GiB or more may use xorriso and ISO level 3. */
  largeFilesAllowed: boolean;
}

/** One whole file or folder a disc takes, grafted at the same path on the disc. */
export interface SplitItem {
  path: string;
  kind: 'file' | 'folder';
  /** Files inside (1 for a file). */
  files: number;
  bytes: number;
}

export interface SplitDisc {
  /** 1-based. */
  number: number;
  /** Sorted by path. */
  items: SplitItem[];
  sectors: {
    /** File contents, each file rounded up to whole sectors. */
    data: number;
    /** The file system: volume descriptors, directories of every tree, path tables, checksums. */
    metadata: number;
    /** The media's own cost of the session. */
    overhead: number;
    total: number;
  };
  /** It holds a file of 4 GiB or more: xorriso and ISO level 3 are needed. */
  largeFiles: boolean;
}

/** `link-alone`: a symbolic link (or special file) of a folder split over discs: a graft of its
 * own would be followed, as every source is, and burn what it points to. */
export type RefusalReason = 'bigger-than-disc' | 'large-file-needs-xorriso' | 'link-alone';

export interface SplitRefusal {
  path: string;
  size: number;
  reason: RefusalReason;
}

export interface SplitResult {
  discs: SplitDisc[];
  refused: SplitRefusal[];
  /** Sectors a disc's session may take: capacity minus reserve and overhead. */
  usable: number;
}
