// Several sessions burned by one apply on the cdrecord path: each is measured against the disc as
// it is right before it burns (its -C, its -M, its checksum file), so that cdrecord's tsize never
// cuts the mkisofs stream short. Read back with isoinfo, not with burnplan's own reader.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { createEmulatedDrive } from '../cdr-emulator/emulated-drive.js';
import { runBurnplan } from '../helpers/run-burnplan.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** S1: one small file; S2: 6,000 small files (a directory tree far bigger than S1's); S3: one 3 MB file. */
async function threeSessionProject(variant: 'wodim' | 'cdrecord') {
  const dir = await tempDir();
  const drive = createEmulatedDrive(dir, { variant });
  const files: Record<string, string | Buffer> = { 's1/a.txt': 'one\n', 's3/b.bin': Buffer.alloc(3 * 1024 * 1024, 0x5a) };
  for (let i = 0; i < 6000; i++) files[`s2/d${i % 60}/file-${i}.txt`] = `${i}\n`;
  await writeTree(dir, files);
  const plan = path.join(dir, 'plan.yaml');
  const session = (n: number) => `  - label: S${n}\n    files: [{ source: ./s${n}, target: /s${n} }]\n`;
  const write = (count: number, extra = '') => writeFile(plan, `version: 1\ndisc:\n  id: sizes-cdr\n  media: cd-r\n  device: ${drive.device}\n  backend: cdrecord\nsessions:\n${[1, 2, 3].slice(0, count).map(session).join('')}${extra}`);
  return { dir, drive, plan, write };
}

async function isoinfoFile(image: string, lba: number, discPath: string): Promise<Buffer> {
  return Buffer.from((await execa('isoinfo', ['-R', '-i', image, '-T', String(lba), '-x', discPath], { encoding: 'buffer', stripFinalNewline: false })).stdout);
}

async function expectWholeDisc(p: Awaited<ReturnType<typeof threeSessionProject>>) {
  const status = JSON.parse((await runBurnplan(['status', p.plan, '--json'], { env: p.drive.env })).stdout);
  expect(status.sessions).toHaveLength(3);
  const last = status.sessions[2].start_lba;
  expect(sha(await isoinfoFile(p.drive.imagePath, last, '/s3/b.bin'))).toBe(sha(await readFile(path.join(p.dir, 's3/b.bin'))));
  expect((await isoinfoFile(p.drive.imagePath, last, '/s2/d59/file-5999.txt')).toString()).toBe('5999\n');
  expect((await isoinfoFile(p.drive.imagePath, last, '/s1/a.txt')).toString()).toBe('one\n');
  const verify = await runBurnplan(['verify', p.plan], { env: p.drive.env });
  expect(verify.stdout + verify.stderr).not.toMatch(/damaged|read error|cut short/i);
  expect(verify.exitCode).toBe(0);
  const diff = await runBurnplan(['diff', p.plan, '--detailed-exitcode'], { env: p.drive.env });
  expect(diff.stdout).toContain('No changes');
  expect(diff.exitCode).toBe(0);
}

async function expectTakesAFourthSessionAndCloses(p: Awaited<ReturnType<typeof threeSessionProject>>) {
  await writeTree(p.dir, { 's4/c.txt': 'four\n' });
  await p.write(3, '  - label: S4\n    files: [{ source: ./s4, target: /s4 }]\nfinalize: close\n');
  const fourth = await runBurnplan(['apply', p.plan, '--yes'], { env: p.drive.env });
  expect(fourth.stdout).toContain('data read back intact');
  expect(fourth.exitCode).toBe(0);
  const status = JSON.parse((await runBurnplan(['status', p.plan, '--json'], { env: p.drive.env })).stdout);
  expect(status.status).toBe('closed');
  expect((await isoinfoFile(p.drive.imagePath, status.sessions[3].start_lba, '/s4/c.txt')).toString()).toBe('four\n');
}

/** The full plan applied in one run: nothing damaged, every session whole, and the disc goes on. */
async function expectOneRunBurnsItWhole(p: Awaited<ReturnType<typeof threeSessionProject>>) {
  await p.write(3);
  const result = await runBurnplan(['apply', p.plan, '--yes'], { env: p.drive.env });
  expect(result.stdout + result.stderr).not.toMatch(/damaged|does not read back|cut short/i);
  expect(result.exitCode).toBe(0);
  await expectWholeDisc(p);
  await expectTakesAFourthSessionAndCloses(p);
}

// each case through one flavour: 6,000 files take a while through the emulated drive
describe('one apply of several sessions (emulated CD-R)', () => {
  it('through wodim: S1 burned first, then S2 and S3 in one run: every session whole', async () => {
    const p = await threeSessionProject('wodim');
    await p.write(1);
    expect((await runBurnplan(['apply', p.plan, '--yes'], { env: p.drive.env })).exitCode).toBe(0);
    await expectOneRunBurnsItWhole(p);
  }, 120_000);

  it('through cdrecord: three sessions from a blank disc in one run: every session whole', async () => {
    await expectOneRunBurnsItWhole(await threeSessionProject('cdrecord'));
  }, 120_000);
});
