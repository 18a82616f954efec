// What was measured is what is burned: a source that changes while apply waits at its question
// is measured again and the question asked again, never burned stale. Run in a pseudo-terminal
// (script(1)), as a person answers the question.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { BIN, runBurnplan } from '../helpers/run-burnplan.js';
import { waitFor } from '../helpers/processes.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';
import { createEmulatedDrive } from '../cdr-emulator/emulated-drive.js';

const quote = (word: string) => `'${word.replaceAll("'", "'\\''")}'`;

/** burnplan apply in a terminal of its own: what it printed, and a way to type into it. */
function applyInTerminal(plan: string, env: NodeJS.ProcessEnv) {
  const command = [process.execPath, BIN, 'apply', plan].map(quote).join(' ');
  const child = execa('script', ['-qfec', command, '/dev/null'], { env: { ...env, NO_COLOR: '1', CI: '1' }, stdin: 'pipe', reject: false });
  const seen = { output: '' };
  child.stdout!.on('data', (d) => (seen.output += d));
  child.stderr!.on('data', (d) => (seen.output += d));
  const questions = () => seen.output.split('[y/N]').length - 1;
  return { child, seen, questions, type: (text: string) => child.stdin!.write(text) };
}

describe.each(['xorriso', 'cdrecord'] as const)('a source changed at the question (%s)', (backend) => {
  it('is measured again and asked about again; what is burned is what was measured', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'photos/a.jpg': Buffer.alloc(300_000, 1) });
    const drive = backend === 'cdrecord' ? createEmulatedDrive(dir, { variant: 'wodim' }) : undefined;
    const device = drive ? drive.device : 'stdio:./disc.iso';
    const env = drive ? drive.env : process.env;
    const plan = path.join(dir, 'plan.yaml');
    await writeFile(plan, `version: 1\ndisc:\n  id: prompt\n  device: ${device}\n  backend: ${backend}\nsessions:\n  - label: Photos\n    files: [./photos]\n`);
    const run = applyInTerminal(plan, env);
    await waitFor(() => run.questions() === 1);
    // a photo more while the question waits
    await writeTree(dir, { 'photos/b.jpg': Buffer.alloc(900_000, 2) });
    run.type('y\n');
    await waitFor(() => run.questions() === 2);
    expect(run.seen.output).toMatch(/the sources of session 1 \(Photos\) changed since they were measured: \S+b\.jpg was added: measuring again/);
    run.type('y\n');
    const result = await run.child;
    expect(result.exitCode).toBe(0);
    expect(run.seen.output).toContain('data read back intact');
    const verify = await runBurnplan(['verify', plan], { env });
    expect(verify.stdout).toMatch(/1  Photos  2 files, [\d.]+ \w+ read back, intact/);
    expect(verify.exitCode).toBe(0);
    const image = drive ? drive.imagePath : path.join(dir, 'disc.iso');
    const listed = await execa('isoinfo', ['-R', '-f', '-i', image]);
    expect(listed.stdout.split('\n').sort()).toEqual(expect.arrayContaining(['/a.jpg', '/b.jpg']));
    expect((await runBurnplan(['diff', plan, '--detailed-exitcode'], { env })).exitCode).toBe(0);
  }, 60_000);
});

describe('Ctrl-C at the question', () => {
  it('is a cancel: one line, exit 130, nothing burned', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'photos/a.jpg': 'a' });
    const plan = path.join(dir, 'plan.yaml');
    await writeFile(plan, 'version: 1\ndisc:\n  id: cancel\n  device: stdio:./disc.iso\n  backend: xorriso\nsessions:\n  - label: Photos\n    files: [./photos]\n');
    const run = applyInTerminal(plan, process.env);
    await waitFor(() => run.questions() === 1);
    run.type('\u0003');
    const result = await run.child;
    expect(result.exitCode).toBe(130);
    expect(run.seen.output).toContain('nothing was burned (cancelled at the question)');
    expect(run.seen.output).not.toMatch(/internal error|this is a bug/);
    expect(existsSync(path.join(dir, 'disc.iso'))).toBe(false);
  });
});
