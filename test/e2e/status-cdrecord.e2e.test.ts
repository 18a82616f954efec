// burnplan status through the cdrecord backend, against the CD-R emulator standing in for a
// burner, on discs burned with the seed recipe and the real genisoimage.
import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmulatedDrive, type EmulatorVariant } from '../cdr-emulator/emulated-drive.js';
import { hasStackTrace, runBurnplan } from '../helpers/run-burnplan.js';
import { burnSeedSession, closeDisc } from '../helpers/seed-recipe.js';
import { tempDir } from '../helpers/temp-dir.js';

/** ATIP lead-out start of the emulated 80-minute CD-R (the real Plasmon disc's). */
const CAPACITY_80 = 359849;

/** Both links are on PATH (cdrecord would be found first); BURNPLAN_CDRECORD picks the variant. */
function envFor(drive: ReturnType<typeof createEmulatedDrive>, fault?: string): NodeJS.ProcessEnv {
  return { ...(fault ? drive.envWithFault(fault) : drive.env), BURNPLAN_CDRECORD: path.join(drive.binDir, drive.program) };
}

async function status(drive: ReturnType<typeof createEmulatedDrive>, env = envFor(drive)) {
  const result = await runBurnplan(['status', '--backend', 'cdrecord', '--device', drive.device, '--json'], { env });
  expect(result.stderr).toBe('');
  expect(result.exitCode).toBe(0);
  return JSON.parse(result.stdout);
}

describe.each<EmulatorVariant>(['wodim', 'cdrecord'])('burnplan status with %s', (variant) => {
  it('reads a blank CD-R', async () => {
    const drive = createEmulatedDrive(await tempDir(), { variant });
    const json = await status(drive);
    expect(json).toMatchObject({
      tool: { backend: 'cdrecord', version: variant === 'wodim' ? 'wodim 1.1.11' : 'cdrecord 3.02a09' },
      media: { kind: 'cd-r', description: 'CD-R' },
      status: 'blank',
      sessions: [],
      next_writable_address: 0,
      free_sectors: CAPACITY_80,
    });
  });

  it('reads each session burned with the seed recipe, at the LBA it was written to', async () => {
    const dir = await tempDir();
    const drive = createEmulatedDrive(dir, { variant });
    const first = await burnSeedSession(drive, dir, { label: 'Session1', files: { 'a.txt': 'first' }, volumeSetId: 'seed-cdr' });
    const second = await burnSeedSession(drive, dir, { label: 'Session2', files: { 'b.txt': 'second' }, volumeSetId: 'seed-cdr', joliet: false });
    const json = await status(drive);
    expect(json.status).toBe('appendable');
    expect(json.sessions.map((s: any) => [s.number, s.start_lba, s.iso9660.volume_id, s.iso9660.volume_set_id, s.iso9660.joliet, s.iso9660.rock_ridge])).toEqual([
      [1, first, 'Session1', 'seed-cdr', true, true],
      [2, second, 'Session2', 'seed-cdr', false, true],
    ]);
    // the real CD gaps after each track as the TOC lists it: 11,400 sectors after the first session, 6,900 after later ones
    expect(second - (first + json.sessions[0].track_sectors)).toBe(11400);
    expect(json.next_writable_address - (second + json.sessions[1].track_sectors)).toBe(6900);
    expect(json.sessions.map((s: any) => s.space_used_sectors)).toEqual([second - first, json.next_writable_address - second]);
    // the size shown is the data each holds, its ISO volume (cdrecord pads a track to 300 sectors)
    expect(json.sessions.map((s: any) => s.size_sectors)).toEqual(json.sessions.map((s: any) => s.iso9660.volume_space_size));
    expect(json.free_sectors).toBe(CAPACITY_80 - json.next_writable_address);
  });

  it('reads a closed disc', async () => {
    const dir = await tempDir();
    const drive = createEmulatedDrive(dir, { variant });
    await burnSeedSession(drive, dir, { label: 'Session1', files: { 'a.txt': 'a' } });
    await closeDisc(drive);
    const json = await status(drive);
    expect(json).toMatchObject({ status: 'closed', next_writable_address: null, free_sectors: 0 });
    expect(json.sessions.map((s: any) => s.iso9660.volume_id)).toEqual(['Session1']);
  });

  it('reads a disc closed by its last session', async () => {
    const dir = await tempDir();
    const drive = createEmulatedDrive(dir, { variant });
    await burnSeedSession(drive, dir, { label: 'Session1', files: { 'a.txt': 'a' } });
    await burnSeedSession(drive, dir, { label: 'Final', files: { 'b.txt': 'b' }, last: true });
    const json = await status(drive);
    expect(json.status).toBe('closed');
    expect(json.sessions.map((s: any) => s.iso9660.volume_id)).toEqual(['Session1', 'Final']);
  });

  it.each([
    ['no-disc', 'no disc in the drive'],
    ['busy', 'the drive is busy: another program is using it'],
    ['permission-denied', 'permission denied'],
  ])('reports the %s fault in one line', async (fault, words) => {
    const drive = createEmulatedDrive(await tempDir(), { variant });
    const result = await runBurnplan(['status', '--backend', 'cdrecord', '--device', drive.device], { env: envFor(drive, fault) });
    expect(result.exitCode).toBe(1);
    expect(hasStackTrace(result.stderr)).toBe(false);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${drive.device.replaceAll('/', '\\/')}: ${words}`));
  });
});

describe('backend auto', () => {
  it('falls back to the cdrecord family when xorriso is not installed', async () => {
    const dir = await tempDir();
    const drive = createEmulatedDrive(dir, { variant: 'wodim' });
    // a PATH with node (for the emulator's #!/usr/bin/env node) and the emulator, but no xorriso
    await symlink(process.execPath, path.join(drive.binDir, 'node'));
    const result = await runBurnplan(['status', '--device', drive.device, '--json'], { env: { PATH: drive.binDir }, extendEnv: false });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).tool).toEqual({ backend: 'cdrecord', program: path.join(drive.binDir, 'cdrecord'), version: 'cdrecord 3.02a09' });
  });

  it('prefers xorriso when both are installed', async () => {
    const drive = createEmulatedDrive(await tempDir(), { variant: 'wodim' });
    const result = await runBurnplan(['status', '--device', `stdio:${drive.imagePath}.xorriso.iso`, '--json'], { env: drive.env });
    expect(JSON.parse(result.stdout).tool.backend).toBe('xorriso');
  });
});
