// copies: N: every session records its disc id and its copy number, so one copy is never taken
// for another; a blank disc becomes the copy --copy names. The real xorriso on virtual discs, and
// the cdrecord path on the emulated CD-R (where the copy sits beside the checksum file's hash).
import { access, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmulatedDrive } from '../cdr-emulator/emulated-drive.js';
import { hasStackTrace, runBurnplan } from '../helpers/run-burnplan.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

const plan = (backend: string, device: string, sessions = ['One']) => `version: 1
copies: 2
disc:
  id: archive
  device: ${device}
  backend: ${backend}
sessions:
${sessions.map((label) => `  - label: ${label}\n    files: [{ source: ./data/${label}, target: /${label} }]\n`).join('')}`;

async function project(backend = 'xorriso') {
  const dir = await tempDir();
  await writeTree(dir, { 'data/One/one.txt': 'one\n', 'data/Two/two.txt': 'two\n' });
  const write = (device: string, sessions?: string[]) => writeFile(path.join(dir, 'plan.yaml'), plan(backend, device, sessions));
  return { dir, write, run: (args: string[], env?: NodeJS.ProcessEnv) => runBurnplan(args, { cwd: dir, ...(env ? { env } : {}) }) };
}

const exists = (file: string) => access(file).then(() => true, () => false);
const marks = async (p: Awaited<ReturnType<typeof project>>, device: string, env?: NodeJS.ProcessEnv) =>
  (JSON.parse((await p.run(['status', '--device', device, '--json'], env)).stdout) as { sessions: Array<{ iso9660: { application_id: string }; burnplan: { copy: number } }> }).sessions.map((s) => [s.iso9660.application_id.replace(/ SHA256:\w+/, ''), s.burnplan.copy]);

describe('copies of a disc', () => {
  it('a blank disc of a plan of two copies: diff asks which copy it becomes, apply writes nothing', async () => {
    const p = await project();
    await p.write('stdio:./a.iso');
    const diff = await p.run(['diff', 'plan.yaml']);
    expect(diff.exitCode).toBe(1);
    expect(diff.stdout).toContain('Disc: ');
    expect(diff.stdout).toContain(', copy ? of 2\n');
    expect(diff.stdout).toContain('the plan keeps 2 copies of "archive" and this disc does not say which one it is: choose the copy it becomes with --copy N (1 to 2)');
    const apply = await p.run(['apply', 'plan.yaml', '--yes']);
    expect(apply.exitCode).toBe(1);
    expect(await exists(path.join(p.dir, 'a.iso'))).toBe(false);
    const beyond = await p.run(['apply', 'plan.yaml', '--yes', '--copy', '3']);
    expect(beyond).toMatchObject({ exitCode: 1, stderr: '--copy 3: plan.yaml keeps 2 copies of disc "archive" (copies: 2)\n' });
    const zero = await p.run(['diff', 'plan.yaml', '--copy', '0']);
    expect(zero.exitCode).toBe(1);
    expect(zero.stderr).toContain("error: option '--copy <n>' argument '0' is invalid. A copy number is a whole number from 1 (the first copy).");
    expect(hasStackTrace(beyond.stderr + zero.stderr)).toBe(false);
  });

  it('two copies on two discs: each records its copy, a later session follows it, and one copy is never written as the other', async () => {
    const p = await project();
    await p.write('stdio:./a.iso');
    expect((await p.run(['apply', 'plan.yaml', '--yes', '--copy', '1'])).exitCode).toBe(0);
    expect((await p.run(['apply', 'plan.yaml', '--yes', '--copy', '2', '--device', 'stdio:./b.iso'])).exitCode).toBe(0);
    const markA = String((await marks(p, 'stdio:./a.iso'))[0]![0]);
    expect(markA).toMatch(/^BURNPLAN\/1 [0-9A-F]{20} COPY:1$/);
    expect((await marks(p, 'stdio:./b.iso'))[0]).toEqual([markA.replace('COPY:1', 'COPY:2'), 2]);
    // the disc says which copy it is: no --copy needed once it holds a session
    const again = await p.run(['diff', 'plan.yaml', '--device', 'stdio:./b.iso']);
    expect(again.stdout).toContain(', copy 2 of 2\n');
    expect(again.stdout).toContain('No changes');
    await p.write('stdio:./a.iso', ['One', 'Two']);
    expect((await p.run(['apply', 'plan.yaml', '--yes', '--device', 'stdio:./b.iso'])).exitCode).toBe(0);
    expect((await marks(p, 'stdio:./b.iso')).map(([, copy]) => copy)).toEqual([2, 2]);
    // copy 1 asked of copy 2: a conflict, nothing written
    const before = await readFile(path.join(p.dir, 'a.iso'));
    const wrong = await p.run(['apply', 'plan.yaml', '--yes', '--copy', '2']);
    expect(wrong.exitCode).toBe(1);
    expect(wrong.stdout).toContain('session 1 on the disc belongs to copy 1 of "archive", the plan works on copy 2 (--copy)');
    expect((await readFile(path.join(p.dir, 'a.iso'))).equals(before)).toBe(true);
    expect((await p.run(['verify', 'plan.yaml', '--device', 'stdio:./b.iso'])).exitCode).toBe(0);
  });

  it('a plan of one copy writes the mark it always wrote, and refuses a disc marked as copy 2', async () => {
    const p = await project();
    await p.write('stdio:./b.iso');
    expect((await p.run(['apply', 'plan.yaml', '--yes', '--copy', '2'])).exitCode).toBe(0);
    const one = (await readFile(path.join(p.dir, 'plan.yaml'), 'utf8')).replace('copies: 2\n', '');
    await writeFile(path.join(p.dir, 'plan.yaml'), one);
    await writeFile(path.join(p.dir, 'one.yaml'), one.replace('stdio:./b.iso', 'stdio:./c.iso'));
    expect((await p.run(['apply', 'one.yaml', '--yes'])).exitCode).toBe(0);
    expect((await marks(p, 'stdio:./c.iso'))[0]![0]).toMatch(/^BURNPLAN\/1 [0-9A-F]{20}$/);
    // in sync but of a copy the plan no longer keeps: not called in sync
    const inSync = await p.run(['diff', 'plan.yaml']);
    expect(inSync.exitCode).toBe(1);
    expect(inSync.stdout).toContain('this disc is copy 2 of "archive", but the plan keeps 1 copy');
    await writeFile(path.join(p.dir, 'plan.yaml'), plan('xorriso', 'stdio:./b.iso', ['One', 'Two']).replace('copies: 2\n', ''));
    const diff = await p.run(['diff', 'plan.yaml']);
    expect(diff.exitCode).toBe(1);
    expect(diff.stdout).toContain('this disc is copy 2 of "archive", but the plan keeps 1 copy: raise copies in the plan to go on with it');
  });

  it('the cdrecord path: the copy is in the mark beside the checksum file\'s hash, and verify reads it intact', async () => {
    const p = await project('cdrecord');
    const drive = createEmulatedDrive(p.dir, { variant: 'wodim' });
    const env = { ...drive.env, BURNPLAN_CDRECORD: path.join(drive.binDir, 'wodim') };
    await p.write(drive.device);
    const applied = await p.run(['apply', 'plan.yaml', '--yes', '--copy', '2'], env);
    expect(applied.exitCode, applied.stderr).toBe(0);
    const status = JSON.parse((await p.run(['status', 'plan.yaml', '--json'], env)).stdout) as { sessions: Array<{ iso9660: { application_id: string }; burnplan: { copy: number } }> };
    expect(status.sessions[0]!.iso9660.application_id).toMatch(/^BURNPLAN\/1 [0-9A-F]{20} COPY:2 SHA256:[0-9A-F]{64}$/);
    expect(status.sessions[0]!.burnplan.copy).toBe(2);
    const verify = await p.run(['verify', 'plan.yaml'], env);
    expect(verify.exitCode, verify.stdout).toBe(0);
    expect(verify.stdout).toContain('intact');
  });
});
