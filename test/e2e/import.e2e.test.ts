// burnplan import: a plan from the disc as it is, that validates, diffs clean, and can be
// continued. The main case is a CD-R burned by hand with the seed recipe (real genisoimage
// through the CD-R emulator); the other a xorriso virtual disc burned by apply.
import { readFile, appendFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmulatedDrive } from '../cdr-emulator/emulated-drive.js';
import { hasStackTrace, runBurnplan } from '../helpers/run-burnplan.js';
import { burnSeedSession, closeDisc } from '../helpers/seed-recipe.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

async function diffJson(plan: string, env?: NodeJS.ProcessEnv) {
  const result = await runBurnplan(['diff', plan, '--json'], env ? { env } : {});
  return JSON.parse(result.stdout);
}

describe('burnplan import', () => {
  it('a CD-R burned by hand with the seed recipe: validates, diffs clean, and takes a new session', async () => {
    const dir = await tempDir();
    const drive = createEmulatedDrive(dir, { variant: 'wodim' });
    await burnSeedSession(drive, dir, { label: 'Session1', files: { 'a.txt': 'first\n' } });
    await burnSeedSession(drive, dir, { label: 'Session2', files: { 'b.txt': 'second\n' } });
    const plan = path.join(dir, 'archive.yaml');
    const imported = await runBurnplan(['import', '--device', drive.device, '--backend', 'cdrecord', '--out', plan], { env: drive.env });
    expect(imported.stderr).toBe('');
    expect(imported.exitCode).toBe(0);
    expect(imported.stdout).toContain('2 sessions imported');
    expect(imported.stdout).toMatch(/disc id "session1-[0-9a-f]{6}" made from the first label/);
    const text = await readFile(plan, 'utf8');
    expect(text).toContain('device: stdio:./disc.img');
    expect(text).toContain('media: cd-r');
    expect(text).toContain('backend: cdrecord');
    expect(text).toContain('not burned by burnplan');

    const validate = await runBurnplan(['validate', plan]);
    expect(validate.exitCode).toBe(0);
    const clean = await diffJson(plan, drive.env);
    expect(clean.sessions.map((s: any) => [s.session, s.label, s.outcome])).toEqual([
      [1, 'Session1', 'adopted'],
      [2, 'Session2', 'adopted'],
    ]);
    expect(clean.actions).toEqual([]);
    expect(clean.conflicts).toEqual([]);

    await writeTree(dir, { 'new/c.txt': 'third\n' });
    await appendFile(plan, '  - label: Session3\n    files: [./new]\n');
    const applied = await runBurnplan(['apply', plan, '--yes'], { env: drive.env });
    expect(applied.exitCode).toBe(0);
    const after = await diffJson(plan, drive.env);
    expect(after.sessions.map((s: any) => s.outcome)).toEqual(['adopted', 'adopted', 'in-sync']);
    expect(after.actions).toEqual([]);
    // the new session carries the whole tree: files of every session, from the disc's own TOC
    const status = JSON.parse((await runBurnplan(['status', plan, '--json'], { env: drive.env })).stdout);
    expect(status.sessions[2].iso9660).toMatchObject({ volume_id: 'Session3', volume_set_id: expect.stringMatching(/^session1-[0-9a-f]{6}$/) });
    const verify = await runBurnplan(['verify', plan, '--json'], { env: drive.env });
    expect(JSON.parse(verify.stdout).sessions.map((s: any) => s.outcome)).toEqual(['not-verifiable', 'not-verifiable', 'ok']);
  });

  it('a xorriso virtual disc burned by apply: the recorded disc id is kept, and diff is clean', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'one/a.txt': 'a', 'two/b.txt': 'b' });
    const original = path.join(dir, 'original.yaml');
    await writeFile(original, 'version: 1\ndisc:\n  id: family-2026\n  device: stdio:./disc.iso\n  backend: xorriso\nsessions:\n  - label: "-o"\n    files: [./one]\n  - label: "yes"\n    files: [./two]\n');
    expect((await runBurnplan(['apply', original, '--yes'])).exitCode).toBe(0);
    // run from elsewhere: a plan printed on stdout names its virtual disc absolutely, so it
    // works wherever it is saved (a path relative to the working folder would not)
    const out = await runBurnplan(['import', '--device', `stdio:${path.join(dir, 'disc.iso')}`], { cwd: '/' });
    expect(out.exitCode).toBe(0);
    const plan = path.join(dir, 'imported.yaml');
    await writeFile(plan, out.stdout);
    expect(out.stdout).toContain('id: family-2026');
    expect(out.stdout).toContain(`device: stdio:${path.join(dir, 'disc.iso')}\n`);
    expect((await runBurnplan(['validate', plan])).exitCode).toBe(0);
    const clean = await diffJson(plan);
    expect(clean.sessions.map((s: any) => [s.label, s.outcome])).toEqual([
      ['-o', 'adopted'],
      ['yes', 'adopted'],
    ]);
    expect(clean.actions).toEqual([]);
    expect((await runBurnplan(['diff', plan])).stdout).toContain('imported');
    // appending a session to the imported plan: burned with the recorded disc id, then in sync
    await writeTree(dir, { 'three/c.txt': 'c' });
    await appendFile(plan, '  - label: Three\n    files: [./three]\n');
    expect((await runBurnplan(['apply', plan, '--yes'])).exitCode).toBe(0);
    const after = await diffJson(plan);
    expect(after.sessions.map((s: any) => s.outcome)).toEqual(['adopted', 'adopted', 'in-sync']);
    const verified = JSON.parse((await runBurnplan(['verify', plan, '--json'])).stdout);
    expect(verified.sessions.map((s: any) => s.outcome)).toEqual(['ok', 'ok', 'ok']);
  });

  it('a closed disc is imported with finalize: close, and still diffs clean', async () => {
    const dir = await tempDir();
    const drive = createEmulatedDrive(dir, { variant: 'cdrecord' });
    await burnSeedSession(drive, dir, { label: 'Only', files: { 'a.txt': 'a' }, volumeSetId: 'old-archive' });
    await closeDisc(drive);
    const out = await runBurnplan(['import', '--device', drive.device, '--backend', 'cdrecord'], { env: drive.env });
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toContain('finalize: close');
    expect(out.stdout).toContain('id: old-archive');
    const plan = path.join(dir, 'closed.yaml');
    await writeFile(plan, out.stdout);
    const clean = await diffJson(plan, drive.env);
    expect(clean.conflicts).toEqual([]);
    expect(clean.actions).toEqual([]);
  });

  it('refuses a blank disc and an existing --out in one line each, without a stack trace', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'blank.iso'), '');
    const blank = await runBurnplan(['import', '--device', `stdio:${path.join(dir, 'blank.iso')}`]);
    expect(blank.exitCode).toBe(1);
    expect(blank.stderr.trim().split('\n')).toHaveLength(1);
    expect(blank.stderr).toContain('the disc is blank: there is nothing to import');
    await writeFile(path.join(dir, 'taken.yaml'), 'mine\n');
    const taken = await runBurnplan(['import', '--device', `stdio:${path.join(dir, 'blank.iso')}`, '--out', path.join(dir, 'taken.yaml')]);
    expect(taken.exitCode).toBe(1);
    expect(taken.stderr).toContain('exists already');
    expect(await readFile(path.join(dir, 'taken.yaml'), 'utf8')).toBe('mine\n');
    expect(hasStackTrace(blank.stderr + taken.stderr)).toBe(false);
  });
});

describe('burnplan import: refusals in one line', () => {
  it('a virtual disc file that does not exist, and an --out whose folder does not', async () => {
    const dir = await tempDir();
    const missing = await runBurnplan(['import', '--device', `stdio:${path.join(dir, 'nope.iso')}`]);
    expect(missing.exitCode).toBe(1);
    expect(missing.stderr.trim()).toBe(`stdio:${path.join(dir, 'nope.iso')}: no such file: there is no virtual disc to import`);
    await writeTree(dir, { 'a/x.txt': 'x' });
    await writeFile(path.join(dir, 'plan.yaml'), 'version: 1\ndisc:\n  id: one\n  device: stdio:./disc.iso\n  backend: xorriso\nsessions:\n  - label: A\n    files: [./a]\n');
    expect((await runBurnplan(['apply', path.join(dir, 'plan.yaml'), '--yes'])).exitCode).toBe(0);
    const noFolder = await runBurnplan(['import', '--device', `stdio:${path.join(dir, 'disc.iso')}`, '--out', path.join(dir, 'no/such/folder.yaml')]);
    expect(noFolder.exitCode).toBe(1);
    expect(noFolder.stderr.trim()).toBe(`cannot write ${path.join(dir, 'no/such/folder.yaml')}: its folder does not exist`);
  });
});
