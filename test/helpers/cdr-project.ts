// A project burning one session of `megabytes` of data to a blank emulated CD-R (wodim): the
// shape of the fault and interrupt tests, which then slow, hold or kill the writer.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createEmulatedDrive } from '../cdr-emulator/emulated-drive.js';
import { tempDir, writeTree } from './temp-dir.js';

export async function oneSessionCdrProject(discId: string, label: string, megabytes: number) {
  const dir = await tempDir();
  const drive = createEmulatedDrive(dir, { variant: 'wodim' });
  await writeTree(dir, { 'data/big.bin': Buffer.alloc(megabytes * 1024 * 1024, 7) });
  const plan = path.join(dir, 'plan.yaml');
  await writeFile(plan, `version: 1\ndisc:\n  id: ${discId}\n  media: cd-r\n  device: ${drive.device}\n  backend: cdrecord\nsessions:\n  - label: ${label}\n    files: [./data]\n`);
  return { dir, drive, plan };
}
