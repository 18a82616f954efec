// The seed recipe by hand, as users have always run it, against the emulated CD-R:
//   genisoimage -r -J -V Session1 -o s1.iso dir1;  cdrecord dev=D -multi s1.iso
//   genisoimage -r -J -V Session2 -C $(cdrecord dev=D -msinfo) -M D -o s2.iso dir2;  cdrecord dev=D -multi s2.iso
//   cdrecord dev=D -fix
import path from 'node:path';
import { execa } from 'execa';
import type { EmulatedDrive } from '../cdr-emulator/emulated-drive.js';
import { writeTree } from './temp-dir.js';

export interface SeedSession {
  label: string;
  files: Record<string, string>;
  joliet?: boolean;
  volumeSetId?: string;
  applicationId?: string;
  /** Leave out -multi: the disc is closed after this session. */
  last?: boolean;
}

/** Burns one session the way the seed recipe does; returns the LBA it was written at. */
export async function burnSeedSession(drive: EmulatedDrive, dir: string, session: SeedSession): Promise<number> {
  const program = path.join(drive.binDir, drive.program);
  const source = path.join(dir, `src-${session.label}`);
  await writeTree(source, session.files);
  const msinfo = await execa(program, [`dev=${drive.imagePath}`, '-msinfo'], { env: drive.env, reject: false });
  const pair = /^(\d+),(\d+)$/m.exec(msinfo.stdout);
  const image = path.join(dir, `${session.label}.iso`);
  const args = ['-quiet', '-input-charset', 'utf-8', '-r', ...(session.joliet === false ? [] : ['-J']), '-V', session.label];
  if (session.volumeSetId) args.push('-volset', session.volumeSetId);
  if (session.applicationId) args.push('-A', session.applicationId);
  if (pair) args.push('-C', `${pair[1]},${pair[2]}`, '-M', drive.imagePath);
  await execa('genisoimage', [...args, '-o', image, source]);
  await execa(program, ['-v', `dev=${drive.imagePath}`, ...(session.last ? [] : ['-multi']), image], { env: drive.env });
  return pair ? Number(pair[2]) : 0;
}

export async function closeDisc(drive: EmulatedDrive): Promise<void> {
  await execa(path.join(drive.binDir, drive.program), ['-v', `dev=${drive.imagePath}`, '-fix'], { env: drive.env });
}
