// Ctrl-C during apply, as a terminal sends it: to the whole foreground process group, burnplan
// and the tools it runs. During a write the first one lets the session finish and be read back,
// and then no other burn starts (the tools, in a group of their own, never see it); the second
// stops the tool; outside a write burnplan stops before its next step. A stop ends with the
// shell's code for its signal (130 for SIGINT). Each time the disc is re-read and no child
// process is left behind.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execSync } from 'node:child_process';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { oneSessionCdrProject } from '../helpers/cdr-project.js';
import { BIN, hasStackTrace, runBurnplan } from '../helpers/run-burnplan.js';
import { processesMentioning, waitFor } from '../helpers/processes.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';
import { toolWrapper } from '../helpers/tool-wrapper.js';

const xorriso = execSync('command -v xorriso', { encoding: 'utf8' }).trim();

async function slowProject() {
  const { dir, drive, plan } = await oneSessionCdrProject('slow', 'Slow', 6);
  const env = { ...drive.env, BURNPLAN_CDRECORD: path.join(drive.binDir, 'wodim'), CDR_EMULATOR_FAULT: 'slow:1500', NO_COLOR: '1' };
  return { dir, drive, plan, env };
}

/** Two sessions of 4 MiB each to a slowly writing emulated CD-R. */
async function slowTwoSessionProject() {
  const { dir, drive, plan } = await oneSessionCdrProject('slow-two', 'First', 4);
  await writeTree(dir, { 'second/b.bin': Buffer.alloc(4 * 1024 * 1024, 9) });
  await writeFile(plan, `version: 1\ndisc:\n  id: slow-two\n  media: cd-r\n  device: ${drive.device}\n  backend: cdrecord\nsessions:\n  - label: First\n    files: [./data]\n  - label: Second\n    files: [./second]\n`);
  const env = { ...drive.env, BURNPLAN_CDRECORD: path.join(drive.binDir, 'wodim'), CDR_EMULATOR_FAULT: 'slow:1000', NO_COLOR: '1' };
  return { dir, drive, plan, env };
}

/**
 * A virtual disc whose data check (reading xorriso's MD5s, after the burn) hangs until stopped:
 * a moment outside any write that a test can wait for.
 */
async function hangingVerifyProject() {
  const dir = await tempDir();
  await writeTree(dir, { 'data/a.txt': 'one\n' });
  const plan = path.join(dir, 'plan.yaml');
  await writeFile(plan, 'version: 1\ndisc:\n  id: hang\n  device: stdio:./disc.iso\n  backend: xorriso\nsessions:\n  - label: One\n    files: [./data]\n');
  const marker = path.join(dir, 'verify-started');
  const hanging = await toolWrapper(dir, 'xorriso-hanging', xorriso, {
    before: `if (args.includes('get_md5')) { fs.writeFileSync(${JSON.stringify(marker)}, ''); Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 120000); }`,
  });
  return { dir, plan, marker, env: { ...process.env, BURNPLAN_XORRISO: hanging, NO_COLOR: '1' } };
}

/** burnplan as a shell runs a foreground job: leader of its own process group. */
function startApply(plan: string, env: NodeJS.ProcessEnv) {
  const child = execa(process.execPath, [BIN, 'apply', plan, '--yes'], { env, reject: false, stdin: 'ignore', detached: true });
  const seen = { output: '' };
  child.stdout!.on('data', (d) => (seen.output += d));
  child.stderr!.on('data', (d) => (seen.output += d));
  const ctrlC = () => process.kill(-child.pid!, 'SIGINT');
  return { child, seen, ctrlC };
}

describe('Ctrl-C during apply', () => {
  it('warns at the first, stops the tool at the second, re-reads the disc, leaves no process behind', async () => {
    const p = await slowProject();
    const { child, seen, ctrlC } = startApply(p.plan, p.env);
    await waitFor(() => /› [\d.]+%, \d+ of 6 MiB/.test(seen.output)); // a progress line: the write is under way
    ctrlC();
    await waitFor(() => seen.output.includes('Stop again to abort the write'));
    expect(child.exitCode).toBeNull(); // still running after the first Ctrl-C
    // the write goes on: the emulated drive did not get the terminal's Ctrl-C
    const progressLines = () => seen.output.split(/\r|\n/).filter((line) => /› [\d.]+%/.test(line)).length;
    const before = progressLines();
    await waitFor(() => progressLines() > before);
    ctrlC();
    const result = await child;
    expect(result.exitCode).toBe(130);
    expect(seen.output).toContain('Apply stopped: stopped by the user while writing: the session is probably spoiled');
    expect(seen.output).toMatch(/The disc now: \w+, \d+ sessions?/);
    expect(processesMentioning(p.dir)).toEqual([]);
  });

  it('outside a write stops before the next step: the session stays burned but is not claimed verified', async () => {
    const p = await hangingVerifyProject();
    const { child, seen, ctrlC } = startApply(p.plan, p.env);
    await waitFor(() => existsSync(p.marker));
    ctrlC();
    const result = await child;
    expect(result.exitCode).toBe(130);
    expect(hasStackTrace(seen.output)).toBe(false);
    expect(seen.output).toMatch(/Apply stopped: .*stopped/);
    expect(seen.output).not.toContain('reads back intact');
    expect(seen.output).not.toContain('does not read back');
    expect(seen.output).toMatch(/Session 1 \(One\): at LBA 32, [\d.]+ MiB \(\d+ sectors\), on the disc, data not read back \(the apply stopped first/);
    expect(seen.output).toMatch(/The disc now: appendable, 1 session\b/);
    // nothing more is read after the stop: the catalog leaves the unverified session out, and says so
    expect(seen.output).toContain('note: the catalog does not list session 1 of stdio:');
    expect(processesMentioning(p.dir)).toEqual([]);
    // the burned session is in sync; a later verify checks its data
    const again = await runBurnplan(['apply', p.plan, '--yes'], { env: { ...process.env, NO_COLOR: '1' } });
    expect(again.exitCode).toBe(0);
    expect((await runBurnplan(['verify', p.plan], {})).exitCode).toBe(0);
  });

  it('SIGTERM to burnplan alone (a supervisor stopping it) also stops the tool it waits for', async () => {
    const p = await hangingVerifyProject();
    const { child, seen } = startApply(p.plan, p.env);
    await waitFor(() => existsSync(p.marker));
    child.kill('SIGTERM');
    const result = await child; // the hanging reader waits 120 s: ending sooner means it was stopped
    expect(result.exitCode).toBe(143);
    expect(seen.output).toContain('Apply stopped: stopped by the user');
    expect(processesMentioning(p.dir)).toEqual([]);
  });

  it('a data check killed by a signal is named as such, never taken for damage', async () => {
    const p = await hangingVerifyProject();
    const { child, seen } = startApply(p.plan, p.env);
    await waitFor(() => existsSync(p.marker));
    const checker = processesMentioning(p.dir).filter((line) => line.includes('xorriso-hanging') && line.includes('get_md5'));
    expect(checker).toHaveLength(1);
    process.kill(Number(checker[0]!.trim().split(/\s+/)[0]), 'SIGINT');
    const result = await child;
    expect(result.exitCode).toBe(1);
    expect(seen.output).toMatch(/Apply stopped: the data check stopped: \S+xorriso-hanging was killed by SIGINT\n/);
    expect(seen.output).not.toContain('does not read back');
    expect(processesMentioning(p.dir)).toEqual([]);
  });

  it.each([
    ['the first Ctrl-C', 'SIGINT', 130],
    ['SIGHUP (the terminal closed)', 'SIGHUP', 129],
    ['SIGTERM', 'SIGTERM', 143],
  ] as const)('%s during a write: that session is finished and read back, no other burn starts', async (_name, signal, code) => {
    const p = await slowTwoSessionProject();
    const { child, seen } = startApply(p.plan, p.env);
    await waitFor(() => /› [\d.]+%, \d+ of 4 MiB/.test(seen.output)); // session 1 is being written
    process.kill(-child.pid!, signal);
    const result = await child;
    expect(result.exitCode).toBe(code);
    expect(seen.output).toContain(`${signal}: apply stops after the session being written is finished and read back`);
    expect(seen.output).toMatch(/Session 1 \(First\): at LBA 0, [\d.]+ MiB \(\d+ sectors\), on the disc, data read back intact\./);
    expect(seen.output).not.toContain('Session 2 (Second)');
    expect(seen.output).toMatch(/The disc now: appendable, 1 session\b/);
    expect(processesMentioning(p.dir)).toEqual([]);
    // the next run goes on from there
    const again = await runBurnplan(['apply', p.plan, '--yes'], { env: { ...p.env, CDR_EMULATOR_FAULT: '' } });
    expect(again.stdout).toMatch(/Session 2 \(Second\): .* data read back intact/);
    expect(again.exitCode).toBe(0);
  }, 60_000);

  it('burnplan killed outright mid-write: its writer is recorded in the lock, and a rerun waits for it', async () => {
    const p = await slowTwoSessionProject();
    const lockDir = path.join(p.dir, 'locks');
    const env = { ...p.env, BURNPLAN_LOCK_DIR: lockDir };
    const { child, seen } = startApply(p.plan, env);
    await waitFor(() => /› [\d.]+%, \d+ of 4 MiB/.test(seen.output));
    process.kill(child.pid!, 'SIGKILL');
    await child;
    // the writer, in a process group of its own, burns on
    expect(processesMentioning(p.dir).some((line) => line.includes('tsize='))).toBe(true);
    const rerun = await runBurnplan(['apply', p.plan, '--yes'], { env });
    expect(rerun.exitCode).toBe(1);
    expect(rerun.stderr).toMatch(/a writing tool \(pid \d+\) started by a burnplan apply that has ended \(pid \d+, since [^)]+\) is still running on this device: wait until it ends/);
    await waitFor(() => processesMentioning(p.dir).length === 0, 40_000);
    const after = await runBurnplan(['apply', p.plan, '--yes'], { env: { ...env, CDR_EMULATOR_FAULT: '' } });
    expect(after.stdout + after.stderr).not.toMatch(/another burnplan apply|still running/);
  }, 90_000);
});
