// The drive search in process, with the real tools: xorriso's media read on virtual discs, the
// emulator's scans against the real formats, and the permission look at /dev/sr* nodes as a user
// who may not open them.
import { execFileSync } from 'node:child_process';
import { chmod, chown, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { readXorrisoMedia } from '../../src/backends/xorriso/xorriso-drives.js';
import { findDrives } from '../../src/drives/find-drives.js';
import { createEmulatedDrive, EMULATOR_PATH } from '../cdr-emulator/emulated-drive.js';
import { realOutput } from '../helpers/fixtures.js';
import { REPO_ROOT } from '../helpers/run-burnplan.js';
import { tempDir } from '../helpers/temp-dir.js';
import { buildVirtualDisc } from '../helpers/virtual-disc.js';

const XORRISO = execFileSync('sh', ['-c', 'command -v xorriso']).toString().trim();

describe('readXorrisoMedia (xorriso -outdev D -toc)', () => {
  it('reads a written virtual disc', async () => {
    const dir = await tempDir();
    const disc = await buildVirtualDisc(dir, 'two.iso', [
      { label: 'S1', files: { 'a.txt': 'a' } },
      { label: 'S2', files: { 'b.txt': 'b' } },
    ]);
    const reading = await readXorrisoMedia(XORRISO, disc.device, process.env);
    expect(reading.media).toMatchObject({ state: 'loaded', kind: 'virtual', description: 'stdio file, overwriteable', status: 'appendable', sessions: 2 });
  });

  it('gives the reason, not an exception, for a drive that is not there', async () => {
    const reading = await readXorrisoMedia(XORRISO, '/dev/sr97', process.env);
    expect(reading.media).toMatchObject({ state: 'unknown', reason: expect.stringMatching(/^\/dev\/sr97: /) });
  });
});

describe('the emulator scans in the real formats', () => {
  const run = (name: string, args: string[], env: NodeJS.ProcessEnv) => execa(process.execPath, [EMULATOR_PATH, ...args], { env: { ...env, CDR_EMULATOR_VARIANT: name }, reject: false });

  it('wodim --devices: the header, the rules and the tab-separated line of wodim 1.1.x', async () => {
    const drive = createEmulatedDrive(await tempDir());
    const result = await run('wodim', ['--devices'], drive.envScanning);
    expect(result.exitCode).toBe(0);
    const real = realOutput('wodim-devices-plextor-px760a-01.txt').split('\n');
    const lines = result.stdout.split('\n');
    expect([lines[0], lines[1], lines[3]]).toEqual([real[0], real[1], real[3]]);
    expect(lines[2]).toBe(` 0  dev='${drive.imagePath}'\trwr-r- : 'HL-DT-ST' 'DVDRAM GH22NS40'`);
  });

  it('cdrecord -scanbus: the 3.02 header lines, then the bus in the tab layout', async () => {
    const drive = createEmulatedDrive(await tempDir());
    const result = await run('cdrecord', ['-scanbus'], drive.envScanning);
    expect(result.exitCode).toBe(0);
    const real = realOutput('cdrecord-scanbus-3.02a10-cygwin-01.txt').split('\n');
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^Cdrecord-ProDVD-ProBD-Clone 3\.02a\d+ \(.+\) Copyright \(C\) 1995-2019 Joerg Schilling$/);
    expect(lines.slice(1, 3)).toEqual(real.slice(1, 3));
    expect(lines[3]).toBe("\t0,0,0\t  0) 'HL-DT-ST' 'DVDRAM GH22NS40 ' 'NL02' Removable CD-ROM");
    // the empty targets exactly as in the capture (which ends with the Cygwin host adaptor instead of 7)
    expect(lines.slice(4, 10)).toEqual(real.slice(4, 10));
    expect(lines[10]).toBe('\t0,7,0\t  7) *');
  });

  it('wodim without a drive fails like the real one here', async () => {
    const drive = createEmulatedDrive(await tempDir());
    for (const option of ['--devices', '-scanbus']) {
      const result = await run('wodim', [option], drive.env);
      expect(result.exitCode).toBe(255);
      expect(`${result.stderr}\n`).toBe(realOutput('wodim-devices-no-drive-local-stderr-01.txt'));
    }
  });

  it('cdrecord opens the scanned drive by its address', async () => {
    const drive = createEmulatedDrive(await tempDir());
    const result = await run('cdrecord', ['dev=0,0,0', '-minfo'], drive.envScanning);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^Mounted media type:\s+CD-R$/m);
  });
});

describe('findDrives', () => {
  it('lists the emulated drive with its media, and explains nothing when nothing is wrong', async () => {
    const dir = await tempDir();
    const drive = createEmulatedDrive(dir, { variant: 'wodim' });
    const report = await findDrives({
      backend: 'cdrecord',
      media: true,
      env: { ...drive.envScanning, BURNPLAN_CDRECORD: path.join(drive.binDir, 'wodim') },
      nodes: { devDir: path.join(dir, 'no-dev'), groupFile: '/etc/group' },
    });
    expect(report).toMatchObject({ scanCommand: 'wodim --devices', unusable: [] });
    expect(report.noneFound).toBeUndefined();
    expect(report.drives).toEqual([
      {
        device: drive.imagePath,
        vendor: 'HL-DT-ST',
        model: 'DVDRAM GH22NS40',
        revision: 'NL02',
        permissions: 'rwr-r-',
        media: { state: 'loaded', kind: 'cd-r', description: 'CD-R', status: 'blank', sessions: 0, freeSectors: 359849 },
      },
    ]);
  });
});

/** Runs readOpticalNodes of the built CLI as user nobody (no supplementary groups). */
async function nodesAsNobody(devDir: string, groupFile: string) {
  const script = `import { readOpticalNodes } from ${JSON.stringify(path.join(REPO_ROOT, 'dist/drives/device-nodes.js'))};
process.stdout.write(JSON.stringify(readOpticalNodes({ devDir: ${JSON.stringify(devDir)}, groupFile: ${JSON.stringify(groupFile)} })));`;
  const result = await execa('/usr/bin/setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, '--input-type=module', '-e', script]);
  return JSON.parse(result.stdout);
}

describe.skipIf(process.getuid?.() !== 0)('readOpticalNodes as a user who may not open the drive', () => {
  it('sees the node, its group, and that it cannot open it', async () => {
    const dir = await tempDir();
    await chmod(dir, 0o755);
    const dev = path.join(dir, 'dev');
    await mkdir(dev, { mode: 0o755 });
    // a stand-in for /dev/sr0 and /dev/sr10: root:cdrom, mode 660, as udev makes them on Debian
    for (const name of ['sr10', 'sr0', 'sg0']) {
      await writeFile(path.join(dev, name), '');
      await chown(path.join(dev, name), 0, 24);
      await chmod(path.join(dev, name), 0o660);
    }
    const groups = path.join(dir, 'group');
    await writeFile(groups, 'root:x:0:\ncdrom:x:24:\n');
    await chmod(groups, 0o644);
    expect(await nodesAsNobody(dev, groups)).toEqual([
      { path: path.join(dev, 'sr0'), accessible: false, group: 'cdrom' },
      { path: path.join(dev, 'sr10'), accessible: false, group: 'cdrom' },
    ]);
    // listed as a member in /etc/group, but this process started without the group
    await writeFile(groups, `${(await readFile(groups, 'utf8')).replace('cdrom:x:24:', 'cdrom:x:24:nobody')}`);
    expect((await nodesAsNobody(dev, groups))[0]).toEqual({ path: path.join(dev, 'sr0'), accessible: false, group: 'cdrom', joinedSinceLogin: true });
  });
});
