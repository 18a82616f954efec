// Labels and file names come from the disc, and a crafted disc can hold escape sequences, the
// bell and line breaks in them. Every command's text output shows them escaped; JSON keeps the
// exact strings. The discs are written by the real xorriso, the labels passed as argv elements.
import { open, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { runBurnplan } from '../helpers/run-burnplan.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

const LABEL = '\u001b]0;pwn\u0007';
const SET_ID = 'set\n\u001b[2J\r';
const FILE_NAME = 'bad\u001b[31mname\u0007.txt';
/** A line break is the output's own; any other control character came through raw. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

async function project(id: string) {
  const dir = await tempDir();
  await writeTree(dir, { 'data/a.txt': 'a' });
  const plan = path.join(dir, 'plan.yaml');
  await writeFile(plan, `version: 1\ndisc:\n  id: ${id}\n  device: stdio:./disc.iso\n  backend: xorriso\nsessions:\n  - label: S1\n    files: [./data]\n`);
  return { dir, plan, disc: path.join(dir, 'disc.iso') };
}

function expectEscaped(output: string, what: string) {
  expect(output, what).not.toMatch(RAW_CONTROL);
}

describe('control characters in what a disc holds', () => {
  it('labels: status, diff, verify, apply and import show them escaped, JSON exact', async () => {
    const p = await project('labels');
    await execa('xorriso', ['-dev', `stdio:${p.disc}`, '-volid', LABEL, '-volset_id', SET_ID, '-map', path.join(p.dir, 'data'), '/d', '-commit']);
    const runs = {
      status: await runBurnplan(['status', p.plan]),
      diff: await runBurnplan(['diff', p.plan]),
      verify: await runBurnplan(['verify', p.plan]),
      apply: await runBurnplan(['apply', p.plan, '--yes']),
      import: await runBurnplan(['import', '--device', `stdio:${p.disc}`]),
    };
    for (const [command, run] of Object.entries(runs)) expectEscaped(run.stdout + run.stderr, command);
    expect(runs.status.stdout).toContain('\\x1b]0;pwn\\x07  set\\n\\x1b[2J\\r');
    expect(runs.diff.stdout).toContain('session 1 on the disc is "\\x1b]0;pwn\\x07", the plan expects "S1"');
    expect(runs.verify.stdout).toContain('1  \\x1b]0;pwn\\x07  not verifiable');
    expect(runs.apply.stdout).toContain('"\\x1b]0;pwn\\x07"');
    expect(runs.import.stdout).toContain('label: "\\e]0;pwn\\a"');

    const status = JSON.parse((await runBurnplan(['status', p.plan, '--json'])).stdout);
    expect(status.sessions[0].iso9660).toMatchObject({ volume_id: LABEL, volume_set_id: SET_ID });
    const diff = JSON.parse((await runBurnplan(['diff', p.plan, '--json'])).stdout);
    expect(JSON.stringify(diff)).toContain(JSON.stringify(`session 1 on the disc is "${LABEL}", the plan expects "S1"`));
    const verify = JSON.parse((await runBurnplan(['verify', p.plan, '--json'])).stdout);
    expect(verify.sessions[0].label).toBe(LABEL);
  });

  it('file names: verify names a damaged file escaped, JSON exact; apply shows it escaped', async () => {
    const p = await project('names');
    await writeTree(p.dir, { [`data/${FILE_NAME}`]: 'hello-world-data' });
    const apply = await runBurnplan(['apply', p.plan, '--yes']);
    expect(apply.exitCode, apply.stderr).toBe(0);
    expectEscaped(apply.stdout + apply.stderr, 'apply');
    const bytes = await readFile(p.disc);
    const handle = await open(p.disc, 'r+');
    try {
      await handle.write(Buffer.from('J'), 0, 1, bytes.indexOf('hello-world-data'));
    } finally {
      await handle.close();
    }
    const verify = await runBurnplan(['verify', p.plan]);
    expect(verify.exitCode).toBe(1);
    expectEscaped(verify.stdout + verify.stderr, 'verify');
    expect(verify.stdout).toContain('damaged: /bad\\x1b[31mname\\x07.txt');
    const json = JSON.parse((await runBurnplan(['verify', p.plan, '--json'])).stdout);
    expect(json.sessions[0].damaged).toEqual([`/${FILE_NAME}`]);
  });
});
