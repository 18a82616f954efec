// A later session that puts a file where an earlier one has one replaces it in the disc's
// tree: multisession working as intended, which diff says before anything is burned.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, runBurnplan } from '../helpers/run-burnplan.js';
import { diffJson } from '../helpers/run-actions.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

async function project(second: string) {
  const dir = await tempDir();
  await writeTree(dir, { 'one/x.txt': 'old\n', 'one/keep.txt': 'kept\n', 'one/docs/a.txt': 'a\n', 'two/x.txt': 'new\n', 'two/docs/b.txt': 'b\n', 'three/docs': 'a file\n' });
  const plan = path.join(dir, 'plan.yaml');
  await writeFile(plan, `version: 1\ndisc:\n  id: test-disc\n  device: stdio:./disc.iso\n  backend: xorriso\nsessions:\n  - label: One\n    files: [./one]\n  - label: Two\n    files: [${second}]\n`);
  return { dir, plan, disc: path.join(dir, 'disc.iso') };
}

describe('a later session replacing a file of an earlier one', () => {
  it('diff names the replaced file and its session; apply burns it and the disc shows the new copy', async () => {
    const p = await project('./two');
    const { json } = await diffJson([p.plan]);
    expect(json.sessions[0].replaces).toEqual([]);
    expect(json.sessions[1].replaces).toEqual([{ path: '/x.txt', session: 1, was: 'file', now: 'file' }]);
    const text = await runBurnplan(['diff', p.plan]);
    expect(text.stdout).toMatch(/\n {7}replaces \/x\.txt of session 1\n/);
    expect((await runBurnplan(['apply', p.plan, '--yes'])).exitCode).toBe(0);
    const read = await execa('xorriso', ['-indev', `stdio:${p.disc}`, '-osirrox', 'on', '-extract', '/x.txt', path.join(p.dir, 'x-read.txt')]);
    expect(read.exitCode).toBe(0);
    expect(await import('node:fs/promises').then((fs) => fs.readFile(path.join(p.dir, 'x-read.txt'), 'utf8'))).toBe('new\n');
    // the burned disc now holds what the plan says: nothing more to replace or burn
    const again = await diffJson([p.plan]);
    expect(again.json.summary.sessions_to_burn).toBe(0);
  });

  it('refuses a file where an earlier session has a folder before anything is burned', async () => {
    const p = await project('./three');
    const result = await runBurnplan(['apply', p.plan, '--yes']);
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr).toContain('plan.yaml:10:13: error: ./three/docs is a file at /docs, where session 1 (One) has a folder');
    expect(hasStackTrace(result.stderr)).toBe(false);
    await expect(import('node:fs/promises').then((fs) => fs.stat(p.disc))).rejects.toThrow();
  });
});
