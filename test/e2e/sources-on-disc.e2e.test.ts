// What ends up on the disc is the same through both backends: exclusions (with names that are
// globs themselves), hidden files, linked sources. Listed with isoinfo, not burnplan's reader.
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { createEmulatedDrive } from '../cdr-emulator/emulated-drive.js';
import { runBurnplan } from '../helpers/run-burnplan.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

async function sources(dir: string) {
  await writeTree(dir, {
    'real/keep.txt': 'k',
    'real/a[1].bak': 'x',
    'real/back\\slash.bak': 'x',
    'real/star*': 'x',
    'real/starry': 's',
    'real/.hidden': 'h',
    'real/cache/big.tmp': 'x',
    'real/sub/inner.txt': 'i',
  });
  await symlink('real', path.join(dir, 'linked'));
  await mkdir(path.join(dir, 'out'), { recursive: true });
}

const sessionYaml = '  - label: Mixed\n    files: [{ source: ./linked, target: /m }]\n    exclude: ["*.bak", "star\\\\*", "cache/**"]\n    hiddenFiles: exclude\n';
const expected = ['/m/keep.txt', '/m/starry', '/m/sub/inner.txt'];

async function listed(image: string, start: number): Promise<string[]> {
  const { stdout } = await execa('isoinfo', ['-R', '-f', '-i', image, '-T', String(start)], { encoding: 'latin1' });
  return stdout.split('\n').filter((l) => /\.\w+$|starry$/.test(l) && !l.endsWith('/sub')).sort();
}

describe('the same files reach the disc through both backends', () => {
  it('xorriso on a virtual disc', async () => {
    const dir = await tempDir();
    await sources(dir);
    const plan = path.join(dir, 'plan.yaml');
    await writeFile(plan, `version: 1\ndisc:\n  id: mix\n  device: stdio:./disc.iso\n  backend: xorriso\nsessions:\n${sessionYaml}`);
    const result = await runBurnplan(['apply', plan, '--yes']);
    expect(result.stderr).toBe('');
    const status = JSON.parse((await runBurnplan(['status', plan, '--json'])).stdout);
    // beside them, the catalog of the set the session carries (burnplan's own, whatever hiddenFiles says)
    expect(await listed(path.join(dir, 'disc.iso'), status.sessions[0].start_lba)).toEqual(['/.burnplan', '/.burnplan/catalog.json', ...expected]);
  });

  it('genisoimage and cdrecord on an emulated CD-R', async () => {
    const dir = await tempDir();
    await sources(dir);
    const drive = createEmulatedDrive(dir, { variant: 'cdrecord' });
    const plan = path.join(dir, 'plan.yaml');
    await writeFile(plan, `version: 1\ndisc:\n  id: mix\n  media: cd-r\n  device: ${drive.device}\n  backend: cdrecord\nsessions:\n${sessionYaml}`);
    const env = { ...drive.env, BURNPLAN_CDRECORD: path.join(drive.binDir, 'cdrecord') };
    const result = await runBurnplan(['apply', plan, '--yes'], { env });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('data read back intact');
    // plus the checksum file the cdrecord path records (burnplan's own, whatever hiddenFiles says)
    expect(await listed(drive.imagePath, 0)).toEqual(['/.burnplan', '/.burnplan/catalog.json', '/.burnplan/session-01.sha256', ...expected]);
  });
});
