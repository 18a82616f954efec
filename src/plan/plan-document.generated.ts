// Generated from schemas/plan.schema.json by `npm run gen:schema`. Do not edit by hand.

/**
 * A source path, or a graft point `{source, target}`.
 */
export type FileEntry = string | GraftPoint;
/**
 * Write a Joliet tree (what Windows reads). Keep it the same in every session: a session without Joliet hides the Joliet names of all earlier ones.
 */
export type Joliet = boolean;
/**
 * Write Rock Ridge extensions (long names, permissions, symlinks). Multisession discs need it: the next session is built by reading the previous one's Rock Ridge tree.
 */
export type RockRidge = boolean;
/**
 * ISO 9660 interchange level. Level 3 is needed for files of 4 GiB or more (they are stored in several extents).
 */
export type IsoLevel = 1 | 2 | 3;
/**
 * Publisher id recorded in the session (ISO 9660 allows 128 characters).
 */
export type Publisher = string;
/**
 * Data preparer id recorded in the session (ISO 9660 allows 128 characters).
 */
export type Preparer = string;
/**
 * `true`: burn the files symbolic links point to. `false`: burn the links themselves (as Rock Ridge symlinks).
 */
export type FollowSymlinks = boolean;
/**
 * Files and folders whose names start with a dot: `include` burns them, `exclude` leaves them out.
 */
export type HiddenFiles = 'include' | 'exclude';
/**
 * PAR2 recovery data burned with each session, for its own files, in /.burnplan/: `off`, or how much as a whole percent of the session's data (`10%`). With 10%, any 10% of the session's data sectors can be lost and `burnplan recover` (or any PAR2 tool) still gives every file back. It costs that much room on the disc and the time to compute it before the burn.
 */
export type Recovery = string;
/**
 * The sessions the disc should hold, oldest first. Session N of the plan is matched with session N on the disc; sessions already burned can never change, so only append to this list.
 */
export type Sessions = Session[];

/**
 * A burn plan for multisession optical discs: one disc (`disc` and `sessions`) or a set of discs (`discs`, each with its own sessions), the ordered sessions each should hold, and whether it is closed after the last one. Edit it, commit it, then run `burnplan diff` and `burnplan apply`.
 */
export interface BurnplanPlan {
  /**
   * Where editors find this schema. Ignored by burnplan.
   */
  $schema?: string;
  /**
   * Version of the plan format. This burnplan reads version 1.
   */
  version: 1;
  disc?: Disc;
  /**
   * A set of discs, instead of `disc` and `sessions`: each lists the keys of `disc` and its own `sessions`, and may set its own `finalize`, `eject` and `copies`. `--disc ID` works on one of them; without it (or with several `--device`, or `devices`), every drive's disc is worked out from what it holds and the drives are written at once.
   *
   * @minItems 1
   */
  discs?: [DiscOfSet, ...DiscOfSet[]];
  defaults?: SessionDefaults;
  sessions?: Sessions;
  /**
   * What happens after the plan's last session is on the disc. `open`: the disc stays appendable, so later sessions can be added. `close`: the disc is closed (finalized) and nothing can ever be added again.
   */
  finalize?: 'open' | 'close';
  /**
   * Eject the disc when `burnplan apply` is done.
   */
  eject?: boolean;
  /**
   * How many copies of each disc the archive keeps (different media brands, different places). Each session burnplan burns records its disc id and its copy number, so that one copy is never taken for another; `--copy N` says which copy a blank disc becomes. A disc of a set may give its own.
   */
  copies?: number;
  /**
   * The drives status, diff, apply and verify work on at once when no --device is given: each drive's disc is worked out from its sessions, and a blank disc becomes the next disc and copy the plan needs (`--disc` keeps the run to that disc). One entry is the drive of a one-drive run when the disc names none. `stdio:` paths are taken from the plan's folder.
   *
   * @minItems 1
   */
  devices?: [string, ...string[]];
}
/**
 * The disc this plan is for.
 */
export interface Disc {
  /**
   * A name for this disc, recorded in every session burnplan burns, so that the plan is never applied to the wrong disc. 1 to 64 characters: letters, digits, `.`, `_` and `-`, starting with a letter or digit.
   */
  id: string;
  /**
   * The kind of disc expected in the drive; burnplan refuses to burn on another kind. `any` accepts whatever is loaded. `dvd+rw`, `dvd-rw` (formatted) and `bd-re` are overwriteable: xorriso grows one ISO image on them and emulates the table of sessions (xorriso only; such a disc cannot be closed). A virtual disc (`stdio:`) is overwriteable too and stands in for any media named here.
   */
  media?: 'cd-r' | 'cd-rw' | 'dvd-r' | 'dvd-rw' | 'dvd+r' | 'dvd+rw' | 'bd-r' | 'bd-re' | 'any';
  /**
   * The drive to use unless `--device` is given: a device path (`/dev/sr0`), a cdrecord address (`1,0,0`), or `stdio:PATH` for a file-backed virtual disc (a relative PATH is taken from the plan file's folder).
   */
  device?: string;
  /**
   * The tools that read and burn the disc. `xorriso`: xorriso alone. `cdrecord`: cdrecord or wodim with mkisofs or genisoimage (the classic recipe). `auto`: xorriso when it is installed, else the cdrecord family.
   */
  backend?: 'auto' | 'xorriso' | 'cdrecord';
  /**
   * Write speed as a multiple of the media's base speed (1x CD = 150 KiB/s, 1x DVD = 1385 KB/s, 1x BD = 4.5 MB/s). Leave it out to let the drive choose.
   */
  speed?: number;
}
/**
 * One disc of a set: the keys of `disc`, its own sessions, and its own `finalize` and `eject` (else the plan's).
 */
export interface DiscOfSet {
  /**
   * A name for this disc, recorded in every session burnplan burns, so that the plan is never applied to the wrong disc. 1 to 64 characters: letters, digits, `.`, `_` and `-`, starting with a letter or digit.
   */
  id: string;
  /**
   * The kind of disc expected in the drive; burnplan refuses to burn on another kind. `any` accepts whatever is loaded. `dvd+rw`, `dvd-rw` (formatted) and `bd-re` are overwriteable: xorriso grows one ISO image on them and emulates the table of sessions (xorriso only; such a disc cannot be closed). A virtual disc (`stdio:`) is overwriteable too and stands in for any media named here.
   */
  media?: 'cd-r' | 'cd-rw' | 'dvd-r' | 'dvd-rw' | 'dvd+r' | 'dvd+rw' | 'bd-r' | 'bd-re' | 'any';
  /**
   * The drive to use unless `--device` is given: a device path (`/dev/sr0`), a cdrecord address (`1,0,0`), or `stdio:PATH` for a file-backed virtual disc (a relative PATH is taken from the plan file's folder).
   */
  device?: string;
  /**
   * The tools that read and burn the disc. `xorriso`: xorriso alone. `cdrecord`: cdrecord or wodim with mkisofs or genisoimage (the classic recipe). `auto`: xorriso when it is installed, else the cdrecord family.
   */
  backend?: 'auto' | 'xorriso' | 'cdrecord';
  /**
   * Write speed as a multiple of the media's base speed (1x CD = 150 KiB/s, 1x DVD = 1385 KB/s, 1x BD = 4.5 MB/s). Leave it out to let the drive choose.
   */
  speed?: number;
  sessions: Sessions;
  /**
   * What happens after the plan's last session is on the disc. `open`: the disc stays appendable, so later sessions can be added. `close`: the disc is closed (finalized) and nothing can ever be added again.
   */
  finalize?: 'open' | 'close';
  /**
   * Eject the disc when `burnplan apply` is done.
   */
  eject?: boolean;
  /**
   * How many copies of each disc the archive keeps (different media brands, different places). Each session burnplan burns records its disc id and its copy number, so that one copy is never taken for another; `--copy N` says which copy a blank disc becomes. A disc of a set may give its own.
   */
  copies?: number;
}
/**
 * One session: a label and the files it adds. Settings given here override `defaults` for this session only. A session written by `burnplan import` is marked `imported: true` and lists no files.
 */
export interface Session {
  /**
   * The session's ISO 9660 volume id: at most 32 bytes; Joliet readers (Windows) show the first 16 characters.
   */
  label: string;
  /**
   * `true`: a session found on the disc by `burnplan import` (burned by hand or by another tool). Its files are not known, so it lists none and is never burned: diff only checks that the disc holds a session with this label at this position.
   */
  imported?: boolean;
  /**
   * `true`: this session is on the disc but was cut short when it was burned (its file system claims more sectors than were written, and files past the end are lost). burnplan then appends after it and may close the disc; diff still names the lost files. Burn them again in a later session, under another path or with a new modification time.
   */
  acceptCutShort?: boolean;
  /**
   * What this session adds. A path puts a folder's contents (or a file) at the disc's root; `{source, target}` puts it at `target`. Relative paths are taken from the plan file's folder.
   *
   * @minItems 1
   */
  files?: [FileEntry, ...FileEntry[]];
  /**
   * Glob patterns of files and folders to leave out, matched against names (`*.tmp`) or, with a `/`, against paths inside a source (`cache/**`).
   */
  exclude?: string[];
  joliet?: Joliet;
  rockRidge?: RockRidge;
  isoLevel?: IsoLevel;
  publisher?: Publisher;
  preparer?: Preparer;
  followSymlinks?: FollowSymlinks;
  hiddenFiles?: HiddenFiles;
  recovery?: Recovery;
}
/**
 * Put `source` at `target` on the disc.
 */
export interface GraftPoint {
  /**
   * A file or folder on this computer (relative to the plan file's folder).
   */
  source: string;
  /**
   * Where it goes on the disc: an absolute path inside the disc.
   */
  target: string;
}
/**
 * Settings for every session; a session may override each of them.
 */
export interface SessionDefaults {
  joliet?: Joliet;
  rockRidge?: RockRidge;
  isoLevel?: IsoLevel;
  publisher?: Publisher;
  preparer?: Preparer;
  followSymlinks?: FollowSymlinks;
  hiddenFiles?: HiddenFiles;
  recovery?: Recovery;
}
