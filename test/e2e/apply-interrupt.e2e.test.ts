// Ctrl-C during apply: the first one during a write only warns, the second stops the tool;
// burnplan re-reads the disc and says what is on it; no child process is left behind.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { createEmulatedDrive } from '../cdr-emulator/emulated-drive.js';
import { BIN } from '../helpers/run-burnplan.js';
import { processesMentioning, waitFor } from '../helpers/processes.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

async function slowProject() {
  const dir = await tempDir();
  const drive = createEmulatedDrive(dir, { variant: 'wodim' });
  await writeTree(dir, { 'data/big.bin': Buffer.alloc(6 * 1024 * 1024, 7) });
  const plan = path.join(dir, 'plan.yaml');
  await writeFile(plan, `version: 1\ndisc:\n  id: slow\n  media: cd-r\n  device: ${drive.device}\n  backend: cdrecord\nsessions:\n  - label: Slow\n    files: [./data]\n`);
  const env = { ...drive.env, BURNPLAN_CDRECORD: path.join(drive.binDir, 'wodim'), CDR_EMULATOR_FAULT: 'slow:1500', NO_COLOR: '1' };
  return { dir, drive, plan, env };
}

describe('Ctrl-C during apply', () => {
  it('warns at the first, stops the tool at the second, re-reads the disc, leaves no process behind', async () => {
    const p = await slowProject();
    const child = execa(process.execPath, [BIN, 'apply', p.plan, '--yes'], { env: p.env, reject: false, stdin: 'ignore' });
    let output = '';
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    await waitFor(() => /› [\d.]+%, \d+ of 6 MiB/.test(output)); // a progress line: the write is under way
    child.kill('SIGINT');
    await waitFor(() => output.includes('Press Ctrl-C again to stop anyway'));
    expect(child.exitCode).toBeNull(); // still running after the first Ctrl-C
    child.kill('SIGINT');
    const result = await child;
    expect(result.exitCode).toBe(1);
    expect(output).toContain('Apply stopped: stopped by the user while writing: the session is probably spoiled');
    expect(output).toMatch(/The disc now: \w+, \d+ sessions?/);
    expect(processesMentioning(p.dir)).toEqual([]);
  });

  it('stops at once outside a write', async () => {
    const p = await slowProject();
    const child = execa(process.execPath, [BIN, 'apply', p.plan, '--yes'], { env: p.env, reject: false, stdin: 'ignore' });
    let output = '';
    child.stdout!.on('data', (d) => (output += d));
    await waitFor(() => output.includes('to burn'));
    child.kill('SIGINT');
    const result = await child;
    expect(result.exitCode).not.toBe(0);
    expect(processesMentioning(p.dir)).toEqual([]);
  });
});
