// A crafted virtual disc whose directories overlap and list each other: verify refuses it in one
// line naming the session and exits 1; status and diff, which read no directory tree, still
// work. No stack trace, no heap exhaustion, nothing written.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { directorySector, ROOT_LBA, writeImage } from '../helpers/hostile-iso.js';
import { hasStackTrace, runBurnplan } from '../helpers/run-burnplan.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

const CLAIM = 4 * 1024 * 1024;
const SECTORS = ROOT_LBA + 1 + CLAIM / 2048 + 1000;

async function craftedProject(children: Array<{ name: string; lba: number; length: number }>, at: Record<number, Buffer> = {}) {
  const dir = await tempDir();
  const disc = path.join(dir, 'crafted.iso');
  await writeImage(disc, { sectors: SECTORS, at: { [ROOT_LBA]: directorySector(ROOT_LBA, ROOT_LBA, children), ...at } });
  await writeTree(dir, { 'data/a.txt': 'a' });
  const plan = path.join(dir, 'plan.yaml');
  await writeFile(plan, 'version: 1\ndisc:\n  id: crafted\n  device: stdio:./crafted.iso\n  backend: xorriso\nsessions:\n  - label: S1\n    files: [./data]\n');
  return { disc, plan };
}

const sha256 = async (file: string) => createHash('sha256').update(await readFile(file)).digest('hex');

describe('a crafted directory tree', () => {
  it('directories over the same sectors: verify says the tree is larger than the session, in one line', async () => {
    const { disc, plan } = await craftedProject([...'ABCDEFGH'].map((name, k) => ({ name, lba: ROOT_LBA + 1 + k, length: CLAIM })));
    const before = await sha256(disc);
    const verify = await runBurnplan(['verify', plan]);
    expect(verify.exitCode).toBe(1);
    const lines = (verify.stdout + verify.stderr).split('\n').filter((line) => line.includes('directory tree larger'));
    expect(lines).toEqual([
      expect.stringContaining(`${disc}: session 1: directory tree larger than the session (${2048 + 2 * CLAIM} bytes of directories in a ${SECTORS * 2048} byte session): damaged or crafted image`),
    ]);
    expect(hasStackTrace(verify.stdout + verify.stderr)).toBe(false);
    const json = JSON.parse((await runBurnplan(['verify', plan, '--json'])).stdout);
    expect(JSON.stringify(json)).toContain('directory tree larger than the session');
    for (const command of [['status', plan], ['diff', plan]]) {
      const run = await runBurnplan(command);
      expect(hasStackTrace(run.stdout + run.stderr), run.stderr).toBe(false);
      expect(run.stderr).not.toMatch(/heap|RangeError|TypeError/);
    }
    expect(await sha256(disc)).toBe(before);
  });

  it('a directory listing its parent: verify names the loop in one line', async () => {
    const { plan } = await craftedProject([{ name: 'A', lba: ROOT_LBA + 1, length: 2048 }], {
      [ROOT_LBA + 1]: directorySector(ROOT_LBA + 1, ROOT_LBA, [{ name: 'UP', lba: ROOT_LBA, length: 2048 }]),
    });
    const verify = await runBurnplan(['verify', plan]);
    expect(verify.exitCode).toBe(1);
    expect(verify.stdout).toMatch(/the directory \/A\/UP at LBA 20 is the same directory as \/: the directory tree loops or lists a directory twice: damaged or crafted image\n/);
    expect(hasStackTrace(verify.stdout + verify.stderr)).toBe(false);
  });
});
