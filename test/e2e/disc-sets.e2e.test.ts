// A plan with a set of discs (discs:): validate checks every disc; status, diff, apply and verify
// work on the one chosen with --disc, with the real xorriso on virtual discs.
import { access, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, runBurnplan } from '../helpers/run-burnplan.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

const PLAN = `version: 1
defaults:
  joliet: true
discs:
  - id: a
    device: stdio:./a.iso
    backend: xorriso
    sessions:
      - label: A1
        files: [{ source: ./data/a, target: /a }]
  - id: b
    device: stdio:./b.iso
    backend: xorriso
    sessions:
      - label: B1
        files: [{ source: ./data/b1, target: /b1 }]
      - label: B2
        files: [{ source: ./data/b2, target: /b2 }]
`;

async function project(plan = PLAN) {
  const dir = await tempDir();
  await writeTree(dir, { 'plan.yaml': plan, 'data/a/a.txt': 'a\n', 'data/b1/b1.txt': 'b1\n', 'data/b2/b2.txt': 'b2\n' });
  return { dir, run: (...args: string[]) => runBurnplan(args, { cwd: dir }) };
}

const exists = (file: string) => access(file).then(() => true, () => false);

describe('burnplan on a plan with a set of discs', () => {
  it('validates every disc of the set', async () => {
    const p = await project();
    expect(await p.run('validate', 'plan.yaml')).toMatchObject({ exitCode: 0, stdout: 'plan.yaml: valid\n' });
    // a missing source of disc b, at its line inside discs[1]
    await writeFile(path.join(p.dir, 'plan.yaml'), PLAN.replace('./data/b2', './data/gone'));
    const result = await p.run('validate', '--json', 'plan.yaml');
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout).plans[0].findings).toEqual([
      expect.objectContaining({ severity: 'warning', rule: 'lint/source-missing', line: 18, column: 27 }),
    ]);
  });

  it('diffs and burns only the chosen disc, and a second apply burns nothing', async () => {
    const p = await project();
    const diff = await p.run('diff', 'plan.yaml', '--disc', 'b');
    expect(diff.exitCode).toBe(0);
    expect(diff.stdout).toContain('B1');
    expect(diff.stdout).toContain('B2');
    expect(diff.stdout).not.toContain('A1');
    const first = await p.run('apply', 'plan.yaml', '--disc', 'b', '--yes');
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toMatch(/The disc now: appendable, 2 sessions/);
    expect(await exists(path.join(p.dir, 'b.iso'))).toBe(true);
    expect(await exists(path.join(p.dir, 'a.iso'))).toBe(false);

    const second = await p.run('apply', 'plan.yaml', '--disc', 'b', '--yes');
    expect(second.exitCode).toBe(0);
    expect(second.stdout).toContain('No changes: the disc matches the plan.');

    const status = await p.run('status', 'plan.yaml', '--disc', 'b', '--json');
    expect(status.exitCode).toBe(0);
    expect(JSON.parse(status.stdout).sessions.map((s: { iso9660: { volume_id: string; volume_set_id: string } }) => [s.iso9660.volume_id, s.iso9660.volume_set_id])).toEqual([
      ['B1', 'b'],
      ['B2', 'b'],
    ]);
    const verify = await p.run('verify', 'plan.yaml', '--disc', 'b', '--json');
    expect(verify.exitCode).toBe(0);
    expect(JSON.parse(verify.stdout).sessions.map((s: { outcome: string }) => s.outcome)).toEqual(['ok', 'ok']);
    expect(await exists(path.join(p.dir, 'a.iso'))).toBe(false);
  });

  it('applies a diff saved with --disc when apply is given the same --disc', async () => {
    const p = await project();
    expect((await p.run('diff', 'plan.yaml', '--disc', 'b', '--out', 'b.json')).exitCode).toBe(0);
    // the saved diff names the plan, not the disc: the choice is made again
    expect(await p.run('apply', 'b.json', '--yes')).toMatchObject({ exitCode: 1, stderr: `${path.join(p.dir, 'plan.yaml')} holds 2 discs (a, b): choose one with --disc ID\n` });
    const applied = await p.run('apply', 'b.json', '--disc', 'b', '--yes');
    expect(applied.exitCode).toBe(0);
    expect(applied.stdout).toMatch(/The disc now: appendable, 2 sessions/);
    expect(await exists(path.join(p.dir, 'a.iso'))).toBe(false);
  });

  it.each([
    [['apply', '--yes', '--disc', 'c'], 'plan.yaml holds no disc "c": its discs are a, b'],
    [['status', '--disc', 'c'], 'plan.yaml holds no disc "c": its discs are a, b'],
  ])('refuses %j in one line, and writes no disc', async (args, line) => {
    const p = await project();
    const [command, ...rest] = args as [string, ...string[]];
    const result = await p.run(command, 'plan.yaml', ...rest);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${line}\n`);
    expect(hasStackTrace(result.stderr)).toBe(false);
    expect(await exists(path.join(p.dir, 'a.iso'))).toBe(false);
    expect(await exists(path.join(p.dir, 'b.iso'))).toBe(false);
  });

  it('diff and apply without --disc work on every disc in its own device at once', async () => {
    const p = await project();
    const diff = await p.run('diff', 'plan.yaml');
    expect(diff.exitCode, diff.stderr).toBe(0);
    expect(diff.stdout).toMatch(/a\.iso: blank virtual disc becomes a\n/);
    expect(diff.stdout).toMatch(/b\.iso: blank virtual disc becomes b\n/);
    expect(await exists(path.join(p.dir, 'a.iso'))).toBe(false);
    const applied = await p.run('apply', 'plan.yaml', '--yes');
    expect(applied.exitCode, applied.stdout + applied.stderr).toBe(0);
    expect(applied.stdout.match(/data read back intact/g)).toHaveLength(3);
    const status = JSON.parse((await p.run('status', 'plan.yaml', '--disc', 'b', '--json')).stdout) as { sessions: Array<{ iso9660: { volume_set_id: string } }> };
    expect(status.sessions.map((s) => s.iso9660.volume_set_id)).toEqual(['b', 'b']);
    // status and verify without --disc: every disc in its own device
    const all = await p.run('status', 'plan.yaml');
    expect(all.exitCode, all.stderr).toBe(0);
    expect(all.stdout).toMatch(/The set \(plan\.yaml\):\n {2}a: 1 of 1 session, in stdio:.*a\.iso, appendable\n {2}b: 2 of 2 sessions, in stdio:.*b\.iso, appendable\n$/);
    const verified = await p.run('verify', 'plan.yaml');
    expect(verified.exitCode, verified.stdout).toBe(0);
    expect(verified.stdout).toContain('2 of 2 drives verified intact: a intact; b intact.');
  });

  it('takes --disc on a one-disc plan when it names that disc, and refuses another', async () => {
    const p = await project('version: 1\ndisc:\n  id: only\n  device: stdio:./only.iso\n  backend: xorriso\nsessions:\n  - label: S1\n    files: [./data/a]\n');
    expect((await p.run('diff', 'plan.yaml', '--disc', 'only')).exitCode).toBe(0);
    const refused = await p.run('apply', 'plan.yaml', '--disc', 'b', '--yes');
    expect(refused).toMatchObject({ exitCode: 1, stdout: '', stderr: 'plan.yaml holds no disc "b": its disc is only\n' });
    expect(await exists(path.join(p.dir, 'only.iso'))).toBe(false);
  });

  it('refuses --disc without a plan in status', async () => {
    const p = await project();
    expect(await p.run('status', '--disc', 'b', '--device', 'stdio:./b.iso')).toMatchObject({ exitCode: 1, stdout: '', stderr: '--disc chooses a disc of a plan: give the plan file too\n' });
    expect(await exists(path.join(p.dir, 'b.iso'))).toBe(false);
  });
});
