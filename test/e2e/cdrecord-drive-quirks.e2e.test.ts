// Drive behaviours that must not be misread, against the CD-R emulator: a closed disc whose
// -msinfo answers "No disk / Wrong disk!", and a busy device that wodim waits for.
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { readCdrecordMedia } from '../../src/backends/cdrecord/cdrecord-drives.js';
import { createEmulatedDrive, type EmulatorVariant } from '../cdr-emulator/emulated-drive.js';
import { hasStackTrace, runBurnplan } from '../helpers/run-burnplan.js';
import { burnSeedSession, closeDisc } from '../helpers/seed-recipe.js';
import { tempDir } from '../helpers/temp-dir.js';

type Drive = ReturnType<typeof createEmulatedDrive>;
const envFor = (drive: Drive, fault: string) => ({ ...drive.envWithFault(fault), BURNPLAN_CDRECORD: path.join(drive.binDir, drive.program) });
const status = (drive: Drive, fault: string) => runBurnplan(['status', '--backend', 'cdrecord', '--device', drive.device, '--json'], { env: envFor(drive, fault) });

async function closedDisc(variant: EmulatorVariant): Promise<Drive> {
  const dir = await tempDir();
  const drive = createEmulatedDrive(dir, { variant });
  await burnSeedSession(drive, dir, { label: 'Session1', files: { 'a.txt': 'a' } });
  await closeDisc(drive);
  return drive;
}

describe('a closed CD-R whose -msinfo says "No disk / Wrong disk!"', () => {
  it('the emulator answers so, while -toc lists the disc', async () => {
    const drive = await closedDisc('wodim');
    const env = envFor(drive, 'closed-msinfo-no-disc');
    const answer = await execa(path.join(drive.binDir, 'wodim'), [`dev=${drive.device}`, '-msinfo'], { env, reject: false });
    expect(answer.exitCode).toBe(255);
    expect(answer.stderr).toContain('No disk / Wrong disk!');
    const toc = await execa(path.join(drive.binDir, 'wodim'), [`dev=${drive.device}`, '-toc'], { env, reject: false });
    expect(toc.stdout).toMatch(/^track:lout lba:/m);
  });

  it('burnplan status reads it as closed', async () => {
    const drive = await closedDisc('wodim');
    const result = await status(drive, 'closed-msinfo-no-disc');
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({ status: 'closed', free_sectors: 0, next_writable_address: null, sessions: [{ number: 1, start_lba: 0 }] });
  });

  it('burnplan drives reads it as closed, not empty', async () => {
    const drive = await closedDisc('wodim');
    const reading = await readCdrecordMedia(path.join(drive.binDir, 'wodim'), drive.device, envFor(drive, 'closed-msinfo-no-disc'));
    expect(reading.media).toMatchObject({ state: 'loaded', status: 'closed', sessions: 1 });
  });

  it('an empty drive is still empty', async () => {
    const drive = createEmulatedDrive(await tempDir(), { variant: 'wodim' });
    const reading = await readCdrecordMedia(path.join(drive.binDir, 'wodim'), drive.device, envFor(drive, 'no-disc,closed-msinfo-no-disc'));
    expect(reading.media).toEqual({ state: 'empty' });
  });
});

describe('wodim waiting for a busy device', () => {
  it('the emulator retries as wodim does; cdrecord does not retry', async () => {
    const dir = await tempDir();
    const drive = createEmulatedDrive(dir, { variant: 'wodim' });
    await burnSeedSession(drive, dir, { label: 'Session1', files: { 'a.txt': 'a' } });
    const env = envFor(drive, 'busy-retries:2');
    const wodim = await execa(path.join(drive.binDir, 'wodim'), [`dev=${drive.device}`, '-msinfo'], { env, reject: false });
    expect(wodim.stderr.split('\n').filter((line) => line.startsWith('Error trying'))).toEqual(
      Array(2).fill(`Error trying to open ${drive.imagePath} exclusively (Device or resource busy)... retrying in 1 second.`),
    );
    expect(wodim.stdout).toMatch(/^0,\d+$/m);
    const cdrecord = await execa(path.join(drive.binDir, 'cdrecord'), [`dev=${drive.device}`, '-msinfo'], { env, reject: false });
    expect(cdrecord.exitCode).toBe(255);
    expect(cdrecord.stderr).toContain('Device or resource busy');
  });

  it('retries and then a normal answer: the disc is read, not busy', async () => {
    const dir = await tempDir();
    const drive = createEmulatedDrive(dir, { variant: 'wodim' });
    await burnSeedSession(drive, dir, { label: 'Session1', files: { 'a.txt': 'a' } });
    const result = await status(drive, 'busy-retries:2');
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({ status: 'appendable', sessions: [{ number: 1 }] });
  });

  it('giving up: busy, in one line', async () => {
    const drive = createEmulatedDrive(await tempDir(), { variant: 'wodim' });
    const result = await runBurnplan(['status', '--backend', 'cdrecord', '--device', drive.device], { env: envFor(drive, 'busy-retries:5') });
    expect(result.exitCode).toBe(1);
    expect(hasStackTrace(result.stderr)).toBe(false);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^stdio:.*: the drive is busy: another program is using it \(.*\)$/)]);
  });
});
