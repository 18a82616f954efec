// Faults during apply, with the real tools: a tool killed mid-burn, the virtual disc's file
// system full, the disc closed by someone else between diff and apply, burnplan itself killed.
// Each time: a clear report, the disc re-read (nothing claimed that was not), and a rerun that
// converges, or, where a write-once disc cannot recover, a clear refusal that writes nothing.
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { createEmulatedDrive } from '../cdr-emulator/emulated-drive.js';
import { BIN, hasStackTrace, runBurnplan } from '../helpers/run-burnplan.js';
import { closeDisc } from '../helpers/seed-recipe.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';
import { processesMentioning, waitFor } from '../helpers/processes.js';
import { toolWrapper } from '../helpers/tool-wrapper.js';
import { oneSessionCdrProject } from '../helpers/cdr-project.js';

const sha = async (file: string) => createHash('sha256').update(await readFile(file)).digest('hex');
const xorriso = execSync('command -v xorriso', { encoding: 'utf8' }).trim();

async function virtualProject(megabytes = 24) {
  const dir = await tempDir();
  await writeTree(dir, { 'one/a.txt': 'first session\n', 'two/big.bin': Buffer.alloc(megabytes * 1024 * 1024, 'z') });
  const plan = path.join(dir, 'plan.yaml');
  await writeFile(plan, 'version: 1\ndisc:\n  id: faults\n  device: stdio:./disc.iso\n  backend: xorriso\nsessions:\n  - label: One\n    files: [./one]\n  - label: Two\n    files: [./two]\n');
  return { dir, plan, disc: path.join(dir, 'disc.iso') };
}

async function converges(plan: string, env: NodeJS.ProcessEnv = process.env) {
  const again = await runBurnplan(['apply', plan, '--yes'], { env });
  expect(again.stderr).toBe('');
  expect(again.exitCode).toBe(0);
  const diff = JSON.parse((await runBurnplan(['diff', plan, '--json'], { env })).stdout);
  expect(diff.actions).toEqual([]);
  expect(diff.sessions.every((s: any) => s.outcome === 'in-sync')).toBe(true);
  const verify = await runBurnplan(['verify', plan, '--json'], { env });
  expect(verify.exitCode).toBe(0);
}

describe('faults during apply', () => {
  it('xorriso killed mid-burn: the failure in its words, the disc re-read as it is, and a rerun converges', async () => {
    const p = await virtualProject();
    const crashing = await toolWrapper(p.dir, 'xorriso-crashing', xorriso, { killWhenGrown: { file: p.disc, bytes: 4 * 1024 * 1024, whenArg: 'Two' } });
    const result = await runBurnplan(['apply', p.plan, '--yes'], { env: { ...process.env, BURNPLAN_XORRISO: crashing } });
    expect(result.exitCode).toBe(1);
    expect(hasStackTrace(result.stdout + result.stderr)).toBe(false);
    expect(result.stdout).toMatch(/Apply stopped: .*xorriso-crashing was killed by SIGKILL/);
    // what the summary claims is what a re-read shows: session 1 only
    expect(result.stdout).toMatch(/The disc now: appendable, 1 session\b/);
    expect(result.stdout).toContain('Session 1 (One): at LBA 32');
    await converges(p.plan);
  });

  it('the virtual disc\'s file system fills up during the burn: xorriso\'s words, nothing claimed, a rerun converges', async (context) => {
    const p = await virtualProject(4);
    const small = path.join(p.dir, 'small');
    mkdirSync(small);
    try {
      execSync(`mount -t tmpfs -o size=6m tmpfs '${small}'`, { stdio: 'ignore' });
    } catch {
      context.skip(); // needs root (CI runs as root): a small file system of its own
      return;
    }
    try {
      const plan = path.join(small, 'plan.yaml');
      await writeFile(plan, (await readFile(p.plan, 'utf8')).replaceAll('./', `${p.dir}/`).replace(`stdio:${p.dir}/disc.iso`, 'stdio:./disc.iso'));
      // someone else fills the file system right before the second session is written
      const filler = path.join(small, 'filler');
      const filling = await toolWrapper(p.dir, 'xorriso-filling', xorriso, {
        before: `if (args.includes('-commit') && args.includes('Two')) { const b = Buffer.alloc(64 * 1024); const fd = fs.openSync(${JSON.stringify(filler)}, 'w'); try { for (;;) fs.writeSync(fd, b); } catch {} fs.closeSync(fd); }`,
      });
      const result = await runBurnplan(['apply', plan, '--yes'], { env: { ...process.env, BURNPLAN_XORRISO: filling } });
      expect(result.exitCode).toBe(1);
      expect(hasStackTrace(result.stdout + result.stderr)).toBe(false);
      expect(result.stdout).toMatch(/Apply stopped: .*xorriso-filling failed/);
      expect(result.stdout).toMatch(/exceeds free space on media|No space left on device|Failed to write|write error/i);
      expect(result.stdout).toMatch(/The disc now: appendable, 1 session\b/);
      await rm(filler);
      await converges(plan);
    } finally {
      execSync(`umount '${small}'`);
    }
  });

  it('the disc closed by someone else between diff and apply: the saved diff is refused, nothing written', async () => {
    const dir = await tempDir();
    const drive = createEmulatedDrive(dir, { variant: 'wodim' });
    await writeTree(dir, { 'one/a.txt': 'a', 'two/b.txt': 'b' });
    const plan = path.join(dir, 'plan.yaml');
    await writeFile(plan, `version: 1\ndisc:\n  id: closed-later\n  media: cd-r\n  device: ${drive.device}\n  backend: cdrecord\nsessions:\n  - label: One\n    files: [./one]\n  - label: Two\n    files: [./two]\n`);
    await writeFile(plan.replace('.yaml', '-first.yaml'), (await readFile(plan, 'utf8')).replace(/  - label: Two\n.*\n$/, ''));
    expect((await runBurnplan(['apply', plan.replace('.yaml', '-first.yaml'), '--yes'], { env: drive.env })).exitCode).toBe(0);
    const saved = path.join(dir, 'preview.json');
    expect((await runBurnplan(['diff', plan, '--out', saved], { env: drive.env })).exitCode).toBe(0);
    await closeDisc(drive);
    const before = await sha(drive.imagePath);
    const result = await runBurnplan(['apply', saved, '--yes'], { env: drive.env });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/^the disc changed since the diff was saved: the status was "appendable", is now "closed"/);
    expect(await sha(drive.imagePath)).toBe(before);
    // and the plan itself: a clear conflict, nothing written
    const direct = await runBurnplan(['apply', plan, '--yes'], { env: drive.env });
    expect(direct.exitCode).toBe(1);
    expect(direct.stdout).toContain('the disc is closed but 1 of the plan\'s sessions is not on it');
    expect(await sha(drive.imagePath)).toBe(before);
  });

  it('a disc too small for the plan: refused before anything is written', async () => {
    const dir = await tempDir();
    const drive = createEmulatedDrive(dir, { variant: 'cdrecord' });
    await writeTree(dir, { 'one/a.txt': 'a' });
    execSync(`truncate -s 800M '${path.join(dir, 'one/huge.bin')}'`); // sparse: measured, never read
    const plan = path.join(dir, 'plan.yaml');
    await writeFile(plan, `version: 1\ndisc:\n  id: full\n  media: cd-r\n  device: ${drive.device}\n  backend: cdrecord\nsessions:\n  - label: One\n    files: [./one]\n`);
    const before = await sha(drive.imagePath);
    const result = await runBurnplan(['apply', plan, '--yes'], { env: drive.env });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/needs \d+ sectors but only 359849 are free/);
    expect(await sha(drive.imagePath)).toBe(before);
  });

  it('cdrecord killed mid-write on a CD-R: the begun session is reported, and the rerun refuses to write after it', async () => {
    const { drive, plan } = await oneSessionCdrProject('crash', 'Crash', 6);
    const env = { ...drive.env, CDR_EMULATOR_FAULT: 'slow:400' };
    const child = execa(process.execPath, [BIN, 'apply', plan, '--yes'], { env, reject: false, stdin: 'ignore' });
    let output = '';
    child.stdout!.on('data', (d) => (output += d));
    await waitFor(() => /› [\d.]+%, [2-9] of 6 MiB/.test(output));
    // the writer (the emulated cdrecord, run with -tao), not burnplan
    const writers = processesMentioning(drive.imagePath).filter((l) => l.includes(' -tao '));
    expect(writers).toHaveLength(1);
    process.kill(Number(writers[0]!.trim().split(/\s+/)[0]), 'SIGKILL');
    const result = await child;
    expect(result.exitCode).toBe(1);
    expect(output).toMatch(/Apply stopped: \S+\/(cdrecord|wodim) was killed by SIGKILL/);
    expect(output).toContain('It also holds a session that was begun and never finished');
    expect(output).toContain('Running apply again will refuse to write on this disc.');
    expect(output).toMatch(/The disc now: /);
    const before = await sha(drive.imagePath);
    const again = await runBurnplan(['apply', plan, '--yes'], { env: drive.env });
    expect(again.exitCode).toBe(1);
    expect(again.stdout).toContain('a session that was begun and never finished');
    expect(await sha(drive.imagePath)).toBe(before);
  });

  it('burnplan killed with SIGKILL mid-apply: the rerun takes over the stale lock and converges', async () => {
    const p = await virtualProject(48);
    const lockDir = path.join(p.dir, 'locks');
    const env = { ...process.env, BURNPLAN_LOCK_DIR: lockDir };
    const child = execa(process.execPath, [BIN, 'apply', p.plan, '--yes'], { env, reject: false, stdin: 'ignore' });
    let output = '';
    child.stdout!.on('data', (d) => (output += d));
    await waitFor(() => output.includes('session 2: Two') && output.includes('burn'));
    child.kill('SIGKILL');
    await child;
    // the tool it ran may outlive it for a moment; a real user's rerun comes after that
    await waitFor(() => processesMentioning(p.disc).length === 0);
    expect(existsSync(lockDir)).toBe(true);
    await converges(p.plan, env);
  });
});

describe('apply refuses before writing', () => {
  it('a tool missing, or the drive not ours to open: one clear line each, the disc untouched', async () => {
    const dir = await tempDir();
    const drive = createEmulatedDrive(dir, { variant: 'wodim' });
    await writeTree(dir, { 'one/a.txt': 'a' });
    const plan = path.join(dir, 'plan.yaml');
    await writeFile(plan, `version: 1\ndisc:\n  id: refusals\n  media: cd-r\n  device: ${drive.device}\n  backend: cdrecord\nsessions:\n  - label: One\n    files: [./one]\n`);
    const before = await sha(drive.imagePath);
    const missing = await runBurnplan(['apply', plan, '--yes'], { env: { ...drive.env, BURNPLAN_MKISOFS: path.join(dir, 'no-such-mkisofs') } });
    expect(missing.exitCode).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('no-such-mkisofs');
    const denied = await runBurnplan(['apply', plan, '--yes'], { env: drive.envWithFault('permission-denied') });
    expect(denied.exitCode).toBe(1);
    expect(denied.stderr.trim()).toMatch(/permission denied/i);
    expect(denied.stderr.trim().split('\n')).toHaveLength(1);
    expect(hasStackTrace(missing.stderr + denied.stderr)).toBe(false);
    expect(await sha(drive.imagePath)).toBe(before);
  });
});

/** A cdrecord that, once asked to write, waits until the test lets it go. */
async function heldWriter(dir: string, target: string) {
  const started = path.join(dir, 'writer-started');
  const mayGo = path.join(dir, 'writer-may-go');
  const wrapper = await toolWrapper(dir, 'cdrecord-held', target, {
    before: `if (args.includes('-tao')) { fs.writeFileSync(${JSON.stringify(started)}, ''); while (!fs.existsSync(${JSON.stringify(mayGo)})) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20); }`,
  });
  return { wrapper, started, release: () => writeFile(mayGo, '') };
}

describe('concurrency', () => {
  it('two applies on one device: the second is refused at once, the first completes intact', async () => {
    const { dir, drive, plan } = await oneSessionCdrProject('busy', 'Only', 3);
    // the first apply holds the device for as long as the test needs
    const { wrapper: held, started, release } = await heldWriter(dir, path.join(drive.binDir, 'cdrecord'));
    const env = { ...drive.env, BURNPLAN_CDRECORD: held, BURNPLAN_LOCK_DIR: path.join(dir, 'locks') };
    const first = execa(process.execPath, [BIN, 'apply', plan, '--yes'], { env, reject: false, stdin: 'ignore' });
    let output = '';
    first.stdout!.on('data', (d) => (output += d));
    await waitFor(() => existsSync(started));
    const second = await runBurnplan(['apply', plan, '--yes'], { env });
    expect(first.exitCode).toBeNull(); // refused while the first still holds the device, not after it
    expect(second.exitCode).toBe(1);
    expect(second.stderr.trim()).toMatch(new RegExp(`^${drive.device.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: another burnplan apply is using this device \\(pid ${first.pid}, since .+\\)$`));
    await release();
    const done = await first;
    expect(done.exitCode).toBe(0);
    expect(output).toContain('data read back intact');
    const verify = JSON.parse((await runBurnplan(['verify', plan, '--json'], { env: drive.env })).stdout);
    expect(verify.sessions[0].outcome).toBe('ok');
  });

  it('one plan burned at once to two drives (two copies): neither run disturbs the other', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'data/big.bin': Buffer.alloc(3 * 1024 * 1024, 6), 'data/small.txt': 'small\n' });
    const drives = [createEmulatedDrive(path.join(dir, 'a')), createEmulatedDrive(path.join(dir, 'b'))];
    const plan = path.join(dir, 'plan.yaml');
    await writeFile(plan, `version: 1\ndisc:\n  id: copies\n  media: cd-r\n  device: ${drives[0]!.device}\n  backend: cdrecord\nsessions:\n  - label: Copy\n    files: [./data]\n`);
    const runs = await Promise.all(
      drives.map(async (drive) => {
        const writer = await heldWriter(path.dirname(drive.imagePath), path.join(drive.binDir, 'cdrecord'));
        const env = { ...drive.env, BURNPLAN_CDRECORD: writer.wrapper };
        const child = execa(process.execPath, [BIN, 'apply', plan, '--device', drive.device, '--yes'], { env, reject: false, stdin: 'ignore' });
        return { drive, writer, child };
      }),
    );
    // both have recorded their checksums and started to write before either goes on
    await waitFor(() => runs.every((run) => existsSync(run.writer.started)));
    for (const run of runs) {
      await run.writer.release();
      const done = await run.child;
      expect(done.stdout).toContain('data read back intact');
      expect(done.exitCode).toBe(0);
    }
    for (const run of runs) {
      const verify = JSON.parse((await runBurnplan(['verify', plan, '--device', run.drive.device, '--json'], { env: run.drive.env })).stdout);
      expect(verify.sessions[0].outcome).toBe('ok');
      expect(verify.sessions[0].files_checked).toBe(2);
    }
  });
});
