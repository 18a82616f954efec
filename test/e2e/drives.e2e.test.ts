// `burnplan drives` through the built CLI: the real xorriso on a machine without any drive (the CI
// machines), and the CD-R emulator standing in for a drive on the cdrecord path.
import { readdirSync } from 'node:fs';
import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmulatedDrive, type EmulatedDrive, type EmulatorVariant } from '../cdr-emulator/emulated-drive.js';
import { hasStackTrace, runBurnplan } from '../helpers/run-burnplan.js';
import { burnSeedSession } from '../helpers/seed-recipe.js';
import { tempDir } from '../helpers/temp-dir.js';

/** The "no drive" tests need a machine without one; the CI machines have none. */
const machineHasDriveNodes = readdirSync('/dev').some((name) => /^sr\d+$/.test(name));

/** The emulated drive on the bus, run as `variant` through BURNPLAN_CDRECORD. */
function scanningEnv(drive: EmulatedDrive, variant: EmulatorVariant, fault?: string): NodeJS.ProcessEnv {
  return { ...drive.envScanning, ...(fault ? { CDR_EMULATOR_FAULT: fault } : {}), BURNPLAN_CDRECORD: path.join(drive.binDir, variant) };
}

function oneErrorLine(result: { stderr: string }): string {
  expect(hasStackTrace(result.stderr)).toBe(false);
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

describe.skipIf(machineHasDriveNodes)('burnplan drives with the real xorriso and no drive', () => {
  it('says that no drive was found, in xorriso\'s words and why, and exits 1', async () => {
    const result = await runBurnplan(['drives']);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(oneErrorLine(result)).toBe(
      'no optical drive found (xorriso -devices: No drives found); this system has no /dev/sr* device: is a drive connected? (a USB drive takes a few seconds to appear)',
    );
  });

  it('prints the JSON document all the same, with the reason, and exits 1', async () => {
    const result = await runBurnplan(['drives', '--backend', 'xorriso', '--json']);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      format_version: 1,
      tool: { backend: 'xorriso', program: expect.stringMatching(/\/xorriso$/), version: expect.stringMatching(/^xorriso \d+\.\d+/) },
      scan_command: 'xorriso -devices',
      drives: [],
      unusable: [],
      message: expect.stringMatching(/^no optical drive found \(xorriso -devices: No drives found\)/),
    });
  });
});

describe.each<EmulatorVariant>(['wodim', 'cdrecord'])('burnplan drives with the emulated drive as %s', (variant) => {
  const device = (drive: EmulatedDrive) => (variant === 'wodim' ? drive.imagePath : '0,0,0');

  it('lists the drive and the blank CD-R in it', async () => {
    const drive = createEmulatedDrive(await tempDir(), { variant });
    const result = await runBurnplan(['drives', '--backend', 'cdrecord'], { env: scanningEnv(drive, variant) });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const [header, row, ...rest] = result.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^Device\s+Vendor\s+Model\s+Revision\s+Media$/);
    expect(row?.split(/ {2,}/)).toEqual([device(drive), 'HL-DT-ST', 'DVDRAM GH22NS40', 'NL02', 'CD-R, blank, 702.8 MiB free']);
    expect(rest).toEqual([]);
  });

  it('gives the JSON document, with the appendable disc after one session', async () => {
    const dir = await tempDir();
    const drive = createEmulatedDrive(dir, { variant });
    await burnSeedSession(drive, dir, { label: 'Session1', files: { 'a.txt': 'first' } });
    const result = await runBurnplan(['drives', '--backend', 'cdrecord', '--json'], { env: scanningEnv(drive, variant) });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({
      format_version: 1,
      tool: { backend: 'cdrecord', version: variant === 'wodim' ? 'wodim 1.1.11' : 'cdrecord 3.02a09' },
      scan_command: variant === 'wodim' ? 'wodim --devices' : 'cdrecord -scanbus',
      unusable: [],
      message: null,
    });
    expect(json.drives).toEqual([
      {
        device: device(drive),
        vendor: 'HL-DT-ST',
        model: 'DVDRAM GH22NS40',
        revision: 'NL02',
        // wodim shows the node's mode (here the image file's, 0644); -scanbus does not
        permissions: variant === 'wodim' ? 'rwr-r-' : null,
        media: {
          state: 'loaded',
          kind: 'cd-r',
          description: 'CD-R',
          status: 'appendable',
          sessions: 1,
          free_sectors: expect.any(Number),
          free_bytes: expect.any(Number),
          reason: null,
        },
      },
    ]);
    expect(json.drives[0].media.free_bytes).toBe(json.drives[0].media.free_sectors * 2048);
  });

  it('says "no disc" for an empty drive and still exits 0', async () => {
    const drive = createEmulatedDrive(await tempDir(), { variant });
    const result = await runBurnplan(['drives', '--backend', 'cdrecord'], { env: scanningEnv(drive, variant, 'no-disc') });
    expect(result.exitCode).toBe(0);
    expect(result.stdout.split('\n')[1]).toMatch(/\s{2}no disc$/);
  });

  it('lists the drive with a note when its disc cannot be read', async () => {
    const drive = createEmulatedDrive(await tempDir(), { variant });
    const result = await runBurnplan(['drives', '--backend', 'cdrecord'], { env: scanningEnv(drive, variant, 'busy') });
    expect(result.exitCode).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[1]).toMatch(/\s{2}unreadable \(below\)$/);
    expect(lines[3]).toMatch(new RegExp(`^${device(drive).replaceAll('/', '\\/')}: the disc could not be read: the drive is busy: another program is using it`));
  });

  it('reads no disc with --no-media', async () => {
    const drive = createEmulatedDrive(await tempDir(), { variant });
    // the fault would show in the media column if the disc were read
    const result = await runBurnplan(['drives', '--backend', 'cdrecord', '--no-media', '--json'], { env: scanningEnv(drive, variant, 'no-disc') });
    expect(result.exitCode).toBe(0);
    const [listed] = JSON.parse(result.stdout).drives;
    expect(listed).toMatchObject({ device: device(drive), media: null });
  });
});

describe('burnplan drives on the cdrecord path without a drive', () => {
  it('gives wodim\'s own words and exits 1', async () => {
    const drive = createEmulatedDrive(await tempDir(), { variant: 'wodim' });
    // no CDR_EMULATOR_SCAN: nothing on the bus, as on a machine without a drive
    const result = await runBurnplan(['drives', '--backend', 'cdrecord'], { env: { ...drive.env, BURNPLAN_CDRECORD: path.join(drive.binDir, 'wodim') } });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(oneErrorLine(result)).toMatch(/^no optical drive found \(wodim --devices: No such file or directory\. Cannot open SCSI driver!\)/);
  });
});

describe('choosing the tool', () => {
  it('falls back to the cdrecord family when xorriso is not installed', async () => {
    const drive = createEmulatedDrive(await tempDir(), { variant: 'cdrecord' });
    // a PATH with node (for the emulator's #!/usr/bin/env node) and the emulator, but no xorriso
    await symlink(process.execPath, path.join(drive.binDir, 'node'));
    const result = await runBurnplan(['drives', '--json'], { env: { PATH: drive.binDir, CDR_EMULATOR_SCAN: drive.imagePath }, extendEnv: false });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.tool).toEqual({ backend: 'cdrecord', program: path.join(drive.binDir, 'cdrecord'), version: 'cdrecord 3.02a09' });
    expect(json.drives.map((d: { device: string }) => d.device)).toEqual(['0,0,0']);
  });

  it('names the Debian packages when no burning program is installed', async () => {
    const dir = await tempDir();
    const result = await runBurnplan(['drives'], { env: { PATH: dir }, extendEnv: false });
    expect(result.exitCode).toBe(1);
    expect(oneErrorLine(result)).toBe(
      'no burning program found: install xorriso (Debian/Ubuntu: apt-get install xorriso) or wodim, or set BURNPLAN_XORRISO or BURNPLAN_CDRECORD',
    );
  });

  it('names the package of the tool asked for', async () => {
    const dir = await tempDir();
    const result = await runBurnplan(['drives', '--backend', 'cdrecord'], { env: { PATH: dir }, extendEnv: false });
    expect(result.exitCode).toBe(1);
    expect(oneErrorLine(result)).toBe(
      'cdrecord or wodim or cdrskin not found on PATH: install it (Debian/Ubuntu: apt-get install wodim) or set BURNPLAN_CDRECORD to the program\'s path',
    );
  });

  it('refuses an unknown backend in one line, then commander\'s hint to --help', async () => {
    const result = await runBurnplan(['drives', '--backend', 'growisofs']);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe("error: option '-b, --backend <backend>' argument 'growisofs' is invalid. Allowed choices are auto, xorriso, cdrecord.\n(run with --help for usage)\n");
  });

  it('explains itself in --help', async () => {
    const result = await runBurnplan(['drives', '--help']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/--no-media/);
    expect(result.stdout).toMatch(/--json/);
  });
});
