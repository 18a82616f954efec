// An archive's sources go once they are burned (the usual reason to archive): a burned session
// is settled, its sources needed no more. validate, status, diff and apply go on; only a session
// still to burn needs its sources.
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBurnplan } from '../helpers/run-burnplan.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

async function project() {
  const dir = await tempDir();
  await writeTree(dir, { 'photos/2022/a.jpg': 'a', 'photos/2023/b.jpg': 'b', 'photos/2024/c.jpg': 'c' });
  const plan = path.join(dir, 'plan.yaml');
  const write = (years: number[]) =>
    writeFile(plan, `version: 1\ndisc:\n  id: gone\n  device: stdio:./disc.iso\n  backend: xorriso\nsessions:\n${years.map((y) => `  - label: Y${y}\n    files: [{ source: ./photos/${y}, target: /${y} }]\n`).join('')}`);
  return { dir, plan, write };
}

describe('sources gone after their session was burned', () => {
  it('validate warns, status and diff go on, apply burns the next session', async () => {
    const p = await project();
    await p.write([2022, 2023]);
    expect((await runBurnplan(['apply', p.plan, '--yes'])).exitCode).toBe(0);
    await rm(path.join(p.dir, 'photos/2022'), { recursive: true });
    const validate = await runBurnplan(['validate', p.plan]);
    expect(validate.exitCode).toBe(0);
    expect(validate.stdout).toMatch(/warning: source \.\/photos\/2022 does not exist: fine once session 1 \(Y2022\) is burned/);
    expect((await runBurnplan(['status', p.plan])).exitCode).toBe(0);
    const diff = await runBurnplan(['diff', p.plan, '--expect-no-changes']);
    expect(diff.exitCode).toBe(0);
    expect(diff.stdout).toMatch(/=\s+1\s+Y2022\s+in sync \(sources gone\)/);
    expect(diff.stdout).toContain('session 1 (Y2022): its sources are gone from this computer (already burned)');
    expect(diff.stdout).toContain('No changes');
    await p.write([2022, 2023, 2024]);
    const apply = await runBurnplan(['apply', p.plan, '--yes']);
    expect(apply.stdout).toMatch(/Session 3 \(Y2024\): .* data read back intact/);
    expect(apply.exitCode).toBe(0);
    expect((await runBurnplan(['verify', p.plan])).exitCode).toBe(0);
  });

  it('a session still to burn needs its sources: one line, nothing burned', async () => {
    const p = await project();
    await p.write([2022, 2023]);
    await rm(path.join(p.dir, 'photos/2023'), { recursive: true });
    for (const command of [['diff'], ['apply', '--yes']]) {
      const result = await runBurnplan([...command, p.plan]);
      expect(result.exitCode).toBe(1);
      expect(result.stderr.trim()).toBe(`session 2 (Y2023) is still to burn, but its source ${path.join(p.dir, 'photos/2023')} does not exist`);
    }
    await expect(import('node:fs/promises').then((fs) => fs.stat(path.join(p.dir, 'disc.iso')))).rejects.toThrow('ENOENT');
  });
});
