// One JSON contract: every --json output, for every kind of outcome (nothing to do, success,
// conflicts, a failure, an error before anything ran), against its schema in schemas/.
import { readFileSync } from 'node:fs';
import { open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { createEmulatedDrive } from '../cdr-emulator/emulated-drive.js';
import { REPO_ROOT, runBurnplan } from '../helpers/run-burnplan.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

const ajv = new Ajv({ allErrors: true, strict: false });
const schemas = new Map<string, ValidateFunction>();
function schema(name: string): ValidateFunction {
  let validate = schemas.get(name);
  if (!validate) {
    validate = ajv.compile(JSON.parse(readFileSync(path.join(REPO_ROOT, 'schemas', `${name}-output.schema.json`), 'utf8')));
    schemas.set(name, validate);
  }
  return validate;
}

/** Runs a command with --json: its stdout is one document of the named schema. */
async function json(name: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = await runBurnplan([...args, '--json'], { env });
  const document = JSON.parse(result.stdout);
  const validate = schema(name);
  validate(document);
  expect(validate.errors ?? [], `${args.join(' ')}: ${result.stdout}`).toEqual([]);
  return { document, exitCode: result.exitCode, stderr: result.stderr };
}

async function virtualProject(labels = ['A', 'B']) {
  const dir = await tempDir();
  const files: Record<string, string> = {};
  for (const l of labels) files[`data/${l}/${l}.txt`] = `${l}\n`;
  await writeTree(dir, files);
  const plan = path.join(dir, 'plan.yaml');
  const write = (list: string[]) =>
    writeFile(plan, `version: 1\ndisc:\n  id: contract\n  device: stdio:./disc.iso\n  backend: xorriso\nsessions:\n${list.map((l) => `  - label: ${l}\n    files: [{ source: ./data/${labels[list.indexOf(l)] ?? l}, target: /${l} }]\n`).join('')}`);
  await write(labels);
  return { dir, plan, write, disc: path.join(dir, 'disc.iso') };
}

describe('every --json output has its documented shape', () => {
  it('validate: a valid plan and an invalid one', async () => {
    const p = await virtualProject();
    expect((await json('validate', ['validate', p.plan])).document.valid).toBe(true);
    await writeFile(path.join(p.dir, 'bad.yaml'), 'version: 1\ndisc: {id: x, speed: 0}\nsessions: []\n');
    const bad = await json('validate', ['validate', p.plan, path.join(p.dir, 'bad.yaml')]);
    expect(bad.document.valid).toBe(false);
    expect(bad.exitCode).toBe(1);
  });

  it('status, apply, verify and diff through a disc\'s life: blank, burned, nothing to do, conflicts, damage', async () => {
    const p = await virtualProject();
    expect((await json('status', ['status', p.plan])).document.status).toBe('blank');
    const burned = await json('apply', ['apply', p.plan, '--yes']);
    expect(burned.document).toMatchObject({ ok: true, changes: true, error: null });
    expect(burned.document.sessions.map((s: { session: number }) => s.session)).toEqual([1, 2]);
    expect((await json('status', ['status', p.plan])).document.sessions).toHaveLength(2);
    expect((await json('apply', ['apply', p.plan, '--yes'])).document).toMatchObject({ ok: true, changes: false, sessions: [] });
    expect((await json('verify', ['verify', p.plan])).document.ok).toBe(true);
    expect((await json('diff', ['diff', p.plan])).document.summary.changes).toBe(false);
    // a relabelled session: conflicts, numbered from 1 as everywhere
    await p.write(['A', 'Bx']);
    const conflicts = await json('apply', ['apply', p.plan, '--yes']);
    expect(conflicts.exitCode).toBe(1);
    expect(conflicts.document).toMatchObject({ ok: false, changes: false, error: { code: 'conflicts' } });
    expect(conflicts.document.conflicts.map((c: { session: number | null }) => c.session)).toEqual([2]);
    // a byte of session 1's file flipped on the disc
    await p.write(['A', 'B']);
    const status = (await json('status', ['status', p.plan])).document;
    const handle = await open(p.disc, 'r+');
    const image = readFileSync(p.disc);
    const at = image.indexOf('A\n', (status.sessions[0].start_lba + 20) * 2048);
    await handle.write(Buffer.from('Z'), 0, 1, at);
    await handle.close();
    const damaged = await json('verify', ['verify', p.plan]);
    expect(damaged.document.ok).toBe(false);
    expect(damaged.exitCode).toBe(1);
  });

  it('apply that fails while burning (a write error on the emulated CD-R)', async () => {
    const dir = await tempDir();
    const drive = createEmulatedDrive(dir, { variant: 'wodim' });
    await writeTree(dir, { 'data/a.bin': Buffer.alloc(600_000, 1) });
    const plan = path.join(dir, 'plan.yaml');
    await writeFile(plan, `version: 1\ndisc:\n  id: contract\n  media: cd-r\n  device: ${drive.device}\n  backend: cdrecord\nsessions:\n  - label: A\n    files: [./data]\n`);
    const failed = await json('apply', ['apply', plan, '--yes'], drive.envWithFault('write-error-after:100'));
    expect(failed.exitCode).toBe(1);
    expect(failed.document).toMatchObject({ ok: false, changes: true, error: { code: 'apply-failed' } });
  });

  it('drives: one found (the emulated drive), and none found', async () => {
    const dir = await tempDir();
    const drive = createEmulatedDrive(dir, { variant: 'wodim' });
    const found = await json('drives', ['drives', '--backend', 'cdrecord'], { ...drive.envScanning, BURNPLAN_CDRECORD: path.join(drive.binDir, 'wodim') });
    expect(found.document.drives).toHaveLength(1);
    const none = await json('drives', ['drives', '--backend', 'cdrecord'], { ...drive.env, BURNPLAN_CDRECORD: path.join(drive.binDir, 'wodim') });
    expect(none.exitCode).toBe(1);
  });

  it('errors before anything ran: the error document on stdout, the same exit code', async () => {
    const p = await virtualProject();
    await writeFile(path.join(p.dir, 'bad.yaml'), 'version: 1\ndisc: {id: x, speed: 0}\nsessions: []\n');
    for (const command of [['diff'], ['apply', '--yes'], ['status'], ['verify']]) {
      const invalid = await json('error', [...command, path.join(p.dir, 'bad.yaml')]);
      expect(invalid.exitCode).toBe(1);
      expect(invalid.document.error.code).toBe('plan-invalid');
      expect(invalid.document.error.findings[0]).toMatchObject({ severity: 'error', rule: 'schema/minimum', line: 2 });
      expect(invalid.stderr).toContain('speed must be at least 1');
    }
    const device = await json('error', ['status', '--device', 'stdio:/dev/null']);
    expect(device.document.error).toMatchObject({ code: 'error', message: expect.stringContaining('character device') });
    const noDisc = await json('error', ['verify', p.plan]);
    expect(noDisc.document.error.message).toContain('blank');
    // refused by commander while parsing, before the command runs
    for (const command of [['status', '--backend', 'growisofs'], ['verify', p.plan, '--session', '0'], ['diff', p.plan, '--bogus']]) {
      const usage = await json('error', command);
      expect(usage.exitCode).toBe(1);
      expect(usage.document.error).toMatchObject({ code: 'error', message: expect.stringMatching(/^(option|unknown option) '/) });
      expect(usage.stderr.split('\n')[0]).toBe(`error: ${usage.document.error.message}`);
    }
  });
});
