import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { loggingWrapper } from '../helpers/logging-wrapper.js';
import { BIN, hasStackTrace, REPO_ROOT, runBurnplan } from '../helpers/run-burnplan.js';
import { tempDir } from '../helpers/temp-dir.js';

const BAD_PLANS = path.join(REPO_ROOT, 'test/fixtures/bad-plans');
const badPlanFiles = (await readdir(BAD_PLANS)).filter((name) => name.endsWith('.yaml')).sort();

describe('burnplan validate: the bad plan corpus', () => {
  it('has a corpus worth the name', () => {
    expect(badPlanFiles.length).toBeGreaterThanOrEqual(40);
  });

  it('never reaches the device: apply on every bad plan stops before any tool runs, the disc untouched', async () => {
    const dir = await tempDir();
    const disc = path.join(dir, 'disc.iso');
    await writeFile(disc, 'a virtual disc that must not change\n');
    const wrapper = await loggingWrapper(dir, 'xorriso-logged', 'xorriso');
    const cdrecord = await loggingWrapper(dir, 'cdrecord-logged', 'wodim');
    const env = { ...process.env, BURNPLAN_XORRISO: wrapper.path, BURNPLAN_CDRECORD: cdrecord.path, BURNPLAN_MKISOFS: cdrecord.path };
    for (const name of badPlanFiles) {
      const result = await runBurnplan(['apply', name, '--yes', '--device', `stdio:${disc}`], { cwd: BAD_PLANS, env });
      expect(result.exitCode, name).toBe(1);
      expect(hasStackTrace(result.stdout + result.stderr), name).toBe(false);
      expect(result.stderr, name).toContain(`${name}:`);
    }
    expect(await wrapper.calls()).toEqual([]);
    expect(await cdrecord.calls()).toEqual([]);
    expect(await readFile(disc, 'utf8')).toBe('a virtual disc that must not change\n');
  }, 180_000);

  it('output piped into a reader that stops early (| head -1): no stack trace', async () => {
    const child = execa(process.execPath, [BIN, 'validate', ...badPlanFiles], { cwd: BAD_PLANS, reject: false, stdout: 'pipe', stdin: 'ignore' });
    child.stdout!.once('data', () => child.stdout!.destroy());
    const result = await child;
    expect(hasStackTrace(String(result.stderr))).toBe(false);
    expect(String(result.stderr)).not.toContain('EPIPE');
  });

  // one validate of the whole corpus (each plan is checked on its own, its lines prefixed by its
  // name) instead of one process per plan; every plan expects an error, so each alone exits 1
  let corpusRun: ReturnType<typeof runBurnplan> | undefined;
  const validateCorpus = () => (corpusRun ??= runBurnplan(['validate', ...badPlanFiles], { cwd: BAD_PLANS }));

  it.each(badPlanFiles)('%s gives exactly the findings it expects, exit 1, no stack trace', async (name) => {
    const text = await readFile(path.join(BAD_PLANS, name), 'utf8');
    const expected = [...text.matchAll(/^# expect: (.*)$/gm)].map((m) => `${name}:${m[1]}`);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.some((line) => line.includes(': error: '))).toBe(true);
    const result = await validateCorpus();
    const findings = result.stdout.split('\n').filter((line) => line.startsWith(`${name}:`) && /: (error|warning): /.test(line));
    expect(findings).toEqual(expected);
    expect(result.exitCode).toBe(1);
    expect(hasStackTrace(result.stdout + result.stderr)).toBe(false);
  });
});

describe('burnplan validate: files that are not plans', () => {
  async function validateOne(file: string, options: { asUser?: number } = {}) {
    const result = await runBurnplan(['validate', file], options);
    expect(result.exitCode).toBe(1);
    expect(hasStackTrace(result.stdout + result.stderr)).toBe(false);
    return result.stdout.split('\n')[0];
  }

  it('a missing file', async () => {
    const dir = await tempDir();
    expect(await validateOne(path.join(dir, 'nope.yaml'))).toBe(`${path.join(dir, 'nope.yaml')}: error: no such file`);
  });

  it('a directory', async () => {
    const dir = await tempDir();
    expect(await validateOne(dir)).toBe(`${dir}: error: is a directory, not a plan file`);
  });

  it('an empty file', async () => {
    const file = path.join(await tempDir(), 'empty.yaml');
    await writeFile(file, '');
    expect(await validateOne(file)).toContain('error: is empty');
  });

  it('binary garbage', async () => {
    const file = path.join(await tempDir(), 'garbage.yaml');
    await writeFile(file, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    expect(await validateOne(file)).toContain('error: is not a text file');
  });

  it('a 10 MB plan is refused without parsing it', async () => {
    const file = path.join(await tempDir(), 'huge.yaml');
    const line = '  - label: S\n    files: [./data]\n';
    await writeFile(file, `version: 1\ndisc: {id: x}\nsessions:\n${line.repeat(Math.ceil(10e6 / line.length))}`);
    expect(await validateOne(file)).toMatch(/error: is 9\.\d MiB; plans larger than 1\.0 MiB are refused/);
  });

  it('an unreadable file', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'secret.yaml');
    await writeFile(file, 'version: 1\n');
    await chmod(file, 0o000);
    // root reads everything, so as root the check runs as "nobody"
    const asUser = process.getuid?.() === 0 ? 65534 : undefined;
    await chmod(dir, 0o755);
    expect(await validateOne(file, { asUser })).toBe(`${file}: error: permission denied (cannot read the file)`);
  });
});

describe('burnplan validate: results', () => {
  it('accepts every example plan', async () => {
    const plans = (await readdir(path.join(REPO_ROOT, 'plans'))).filter((n) => n.endsWith('.yaml')).map((n) => `plans/${n}`);
    expect(plans.length).toBeGreaterThanOrEqual(3);
    const result = await runBurnplan(['validate', ...plans], { cwd: REPO_ROOT });
    expect(result.stdout.trim().split('\n')).toEqual(plans.map((p) => `${p}: valid`));
    expect(result.exitCode).toBe(0);
  });

  it('exits 0 with warnings and prints them', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'data'));
    await writeFile(path.join(dir, 'plan.yaml'), 'version: 1\ndisc: {id: d}\nsessions:\n  - label: FamilyArchive2026\n    files: [./data]\n');
    const result = await runBurnplan(['validate', 'plan.yaml'], { cwd: dir });
    expect(result.stdout).toBe(
      'plan.yaml:4:12: warning: label "FamilyArchive2026" is 17 characters; Joliet readers (Windows) show only the first 16: "FamilyArchive202"\nplan.yaml: valid, 1 warning\n',
    );
    expect(result.exitCode).toBe(0);
  });

  it('exits 1 when one of several plans is bad', async () => {
    const result = await runBurnplan(['validate', 'plans/demo.yaml', 'test/fixtures/bad-plans/speed-zero.yaml'], { cwd: REPO_ROOT });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('plans/demo.yaml: valid');
    expect(result.stdout).toContain('speed-zero.yaml: 1 error');
  });

  it('prints JSON with --json and nothing else on stdout', async () => {
    const result = await runBurnplan(['validate', '--json', 'plans/demo.yaml', 'test/fixtures/bad-plans/wrong-media.yaml'], { cwd: REPO_ROOT });
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      format_version: 1,
      valid: false,
      plans: [
        { file: 'plans/demo.yaml', valid: true, findings: [] },
        {
          file: 'test/fixtures/bad-plans/wrong-media.yaml',
          valid: false,
          findings: [
            {
              severity: 'error',
              rule: 'schema/enum',
              line: 6,
              column: 10,
              message: 'media must be one of cd-r, cd-rw, dvd-r, dvd-rw, dvd+r, dvd+rw, bd-r, bd-re, any (got "dvd")',
            },
          ],
        },
      ],
    });
  });

  it('answers a 1 MiB plan of 99 sessions with long file lists', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'data'));
    const files = Array.from({ length: 300 }, () => './data').join(', ');
    const sessions = Array.from({ length: 99 }, (_, i) => `  - label: S${i}\n    files: [${files}]\n`).join('');
    const file = path.join(dir, 'plan.yaml');
    await writeFile(file, `version: 1\ndisc: {id: d, media: cd-r}\nsessions:\n${sessions}`);
    const result = await runBurnplan(['validate', file]);
    expect(result.stdout.trim()).toBe(`${file}: valid`);
  });
});

describe('burnplan schema and help', () => {
  it('prints the schema file as is', async () => {
    const result = await runBurnplan(['schema']);
    expect(result.stdout).toBe(await readFile(path.join(REPO_ROOT, 'schemas/plan.schema.json'), 'utf8'));
    expect(result.exitCode).toBe(0);
  });

  it.each([['validate'], ['schema'], []])('shows a real example in the help of %s', async (...command) => {
    const result = await runBurnplan([...command, '--help']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/Examples?:\n\s+\$ burnplan /);
  });

  it('refuses an unknown command with a one-line error', async () => {
    const result = await runBurnplan(['burn']);
    expect(result.exitCode).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe("error: unknown command 'burn'");
    expect(hasStackTrace(result.stderr)).toBe(false);
  });
});
