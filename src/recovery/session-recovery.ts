// The recovery data one session to burn carries: its layout and where its files lie on this
// computer while the session is measured and burned. Pure.
import { RESERVED_FOLDER } from '../sources/disc-placement.js';
import type { LocalRecoveryFile } from './make-recovery.js';
import { planRecovery, type RecoveryLayout } from './recovery-layout.js';

export interface SessionRecoveryFile {
  /** On this computer: a placeholder of `maxBytes` while measured, par2's file when burned. */
  localPath: string;
  /** `/.burnplan/session-01.par2` */
  target: string;
  maxBytes: number;
}

export interface SessionRecovery {
  layout: RecoveryLayout<LocalRecoveryFile>;
  /** The folder on this computer that holds `files`. */
  localDir: string;
  files: readonly SessionRecoveryFile[];
}

export interface RecoveredEntry {
  kind: string;
  /** `/photos/a.jpg` */
  discPath: string;
  sourcePath: string;
  size: number;
}

/** The recovery data of a session's files (`entries` as scanned), kept in `localDir`. */
export function sessionRecovery(entries: readonly RecoveredEntry[], percent: number, sessionNumber: number, localDir: string): SessionRecovery {
  const files = entries.filter((e) => e.kind === 'file').map((e) => ({ discPath: e.discPath.replace(/^\/+/, ''), size: e.size, sourcePath: e.sourcePath }));
  const layout = planRecovery(files, percent, sessionNumber);
  return {
    layout,
    localDir,
    files: layout.outputFiles.map((file) => ({ localPath: `${localDir}/${file.name}`, target: recoveryDiscPath(file.name), maxBytes: file.maxBytes })),
  };
}

export function recoveryDiscPath(name: string): string {
  return `${RESERVED_FOLDER}/${name}`;
}
