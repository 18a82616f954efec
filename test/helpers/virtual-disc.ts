// Builds real multisession virtual discs (stdio: files) with the real xorriso, one -commit per
// session, and records where xorriso says it wrote each one.
import path from 'node:path';
import { execa } from 'execa';
import { writeTree } from './temp-dir.js';

export interface VirtualSessionSpec {
  label: string;
  files: Record<string, string>;
  joliet?: boolean;
  rockRidge?: boolean;
  volumeSetId?: string;
  applicationId?: string;
}

export interface WrittenSession {
  label: string;
  /** From xorriso's "Written to medium : N sectors at LBA X". */
  lba: number;
  /** From "ISO image produced: N sectors". */
  imageSectors: number;
}

export async function buildVirtualDisc(dir: string, name: string, sessions: readonly VirtualSessionSpec[]) {
  const file = path.join(dir, name);
  const written: WrittenSession[] = [];
  for (const [i, session] of sessions.entries()) {
    const source = path.join(dir, `${name}-source-${i + 1}`);
    await writeTree(source, session.files);
    const args = ['-dev', `stdio:${file}`, '-joliet', session.joliet === false ? 'off' : 'on', '-rockridge', session.rockRidge === false ? 'off' : 'on', '-volid', session.label];
    if (session.volumeSetId) args.push('-volset_id', session.volumeSetId);
    if (session.applicationId) args.push('-application_id', session.applicationId);
    args.push('-map', source, `/s${i + 1}`, '-commit');
    const result = await execa('xorriso', args, { all: true });
    const at = /Written to medium : (\d+) sectors at LBA (\d+)/.exec(result.all ?? '');
    const produced = /ISO image produced: (\d+) sectors/.exec(result.all ?? '');
    if (!at || !produced) throw new Error(`xorriso did not say where it wrote session ${i + 1}:\n${result.all}`);
    written.push({ label: session.label, lba: Number(at[2]), imageSectors: Number(produced[1]) });
  }
  return { file, device: `stdio:${file}`, written };
}
