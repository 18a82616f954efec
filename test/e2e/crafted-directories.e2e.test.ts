// A crafted virtual disc whose directories overlap and list each other: verify refuses it in one
// line naming the session and exits 1; diff and apply, which read the last session's tree before
// appending to it, refuse it as damage in that line. No stack trace, no heap, nothing written.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { directorySector, ROOT_LBA, writeImage } from '../helpers/hostile-iso.js';
import { hasStackTrace, runBurnplan } from '../helpers/run-burnplan.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

const CLAIM = 4 * 1024 * 1024;
// a whole number of 32-sector blocks, where xorriso puts the next session: nothing else looks wrong
const SECTORS = 3072;

async function craftedProject(children: Array<{ name: string; lba: number; length: number }>, at: Record<number, Buffer> = {}) {
  const dir = await tempDir();
  const disc = path.join(dir, 'crafted.iso');
  await writeImage(disc, { sectors: SECTORS, at: { [ROOT_LBA]: directorySector(ROOT_LBA, ROOT_LBA, children), ...at } });
  await writeTree(dir, { 'data/a.txt': 'a' });
  const plan = path.join(dir, 'plan.yaml');
  await writeTree(dir, { 'first/a.txt': 'a' });
  const sessions = '  - label: LABEL\n    files: [./first]\n  - label: S2\n    files: [./data]\n';
  await writeFile(plan, `version: 1\ndisc:\n  id: crafted\n  device: stdio:./crafted.iso\n  backend: xorriso\nsessions:\n${sessions}`);
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
    const line = `the disc looks damaged: ${disc}: session 1: directory tree larger than the session`;
    const diff = await runBurnplan(['diff', plan]);
    expect(diff.exitCode).toBe(1);
    expect(diff.stdout).toContain(line);
    const apply = await runBurnplan(['apply', plan, '--yes']);
    expect(apply.exitCode).toBe(1);
    expect(apply.stdout).toContain(line);
    const status = await runBurnplan(['status', plan]);
    expect(status.exitCode).toBe(0);
    for (const run of [diff, apply, status]) {
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
