// One apply on several drives at once: each drive's disc is worked out from what it holds, a
// blank disc becomes the next disc and copy the plan needs, every drive burns and verifies side
// by side, one drive's failure leaves the others alone, and what is left is named. The real
// xorriso on virtual discs, and the cdrecord path on two emulated CD-R drives.
import { existsSync, readFileSync } from 'node:fs';
import { readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { createEmulatedDrive } from '../cdr-emulator/emulated-drive.js';
import { waitFor } from '../helpers/processes.js';
import { BIN, hasStackTrace, REPO_ROOT, runBurnplan } from '../helpers/run-burnplan.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';
import { toolWrapper } from '../helpers/tool-wrapper.js';

const setPlan = (backend: string, media = 'any') => `version: 1
copies: 2
discs:
  - id: photos-a
    media: ${media}
    backend: ${backend}
    sessions:
      - label: PhotosA
        files: [{ source: ./data/a, target: /a }]
  - id: photos-b
    media: ${media}
    backend: ${backend}
    sessions:
      - label: PhotosB
        files: [{ source: ./data/b, target: /b }]
`;

async function project(backend = 'xorriso', media = 'any') {
  const dir = await tempDir();
  await writeTree(dir, { 'data/a/one.txt': 'one\n', 'data/a/deep/two.bin': 'x'.repeat(300_000), 'data/b/three.txt': 'three\n', 'set.yaml': setPlan(backend, media) });
  return { dir, run: (args: string[], env?: NodeJS.ProcessEnv) => runBurnplan(args, { cwd: dir, ...(env ? { env } : {}) }) };
}

/** The disc id and mark of each session, as xorriso (an independent reader) reads them. */
async function identity(image: string): Promise<{ volumeSet: string; application: string }> {
  const { stdout } = await execa('xorriso', ['-indev', `stdio:${image}`, '-pvd_info'], { reject: false, all: true });
  const field = (name: string) => new RegExp(`^${name}\\s*:\\s*'?(.*?)'?\\s*$`, 'm').exec(stdout)?.[1] ?? '';
  return { volumeSet: field('Volume Set Id'), application: field('App Id') };
}

function schemaValidator(name: string) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  for (const ref of ['apply-output', 'diff-output']) ajv.addSchema(JSON.parse(readFileSync(path.join(REPO_ROOT, 'schemas', `${ref}.schema.json`), 'utf8')), `${ref}.schema.json`);
  return ajv.compile(JSON.parse(readFileSync(path.join(REPO_ROOT, 'schemas', `${name}.schema.json`), 'utf8')));
}

describe('apply on several drives at once', () => {
  it('xorriso: blank discs become the next discs and copies, each verified; a re-run writes nothing; the rest are named', async () => {
    const p = await project();
    const diff = await p.run(['diff', 'set.yaml', '--device', 'stdio:./d1.iso', '--device', 'stdio:./d2.iso', '--json']);
    expect(diff.exitCode, diff.stderr).toBe(0);
    const diffDoc = JSON.parse(diff.stdout) as { drives: Array<{ assignment: string; disc: string; copy: number }>; left: Array<{ disc: string; copy: number }> };
    const validDiff = schemaValidator('diff-set-output');
    expect(validDiff(diffDoc), JSON.stringify(validDiff.errors)).toBe(true);
    expect(diffDoc.drives.map((d) => [d.assignment, d.disc, d.copy])).toEqual([['blank-becomes', 'photos-a', 1], ['blank-becomes', 'photos-a', 2]]);
    expect(diffDoc.left.map((l) => [l.disc, l.copy])).toEqual([['photos-b', 1], ['photos-b', 2]]);
    // diff is read-only: the virtual discs were not even created
    await expect(stat(path.join(p.dir, 'd1.iso'))).rejects.toThrow();

    const applied = await p.run(['apply', 'set.yaml', '--device', 'stdio:./d1.iso', '--device', 'stdio:./d2.iso', '--yes']);
    expect(applied.exitCode, applied.stdout + applied.stderr).toBe(0);
    expect(applied.stdout).toMatch(/d1\.iso: blank virtual disc becomes photos-a, copy 1/);
    expect(applied.stdout).toMatch(/d2\.iso: blank virtual disc becomes photos-a, copy 2/);
    expect(applied.stdout.match(/data read back intact/g)).toHaveLength(2);
    expect(applied.stdout).toContain('insert a blank disc for photos-b, copy 1');
    expect(applied.stdout).toContain('insert a blank disc for photos-b, copy 2');
    // the plain log tells the drives' steps apart
    expect(applied.stdout).toMatch(/\[d1\.iso\] .*verify: the disc holds the session, and its data reads back intact/);
    expect(applied.stdout).toMatch(/\[d2\.iso\] .*verify: the disc holds the session, and its data reads back intact/);
    const one = await identity(path.join(p.dir, 'd1.iso'));
    const two = await identity(path.join(p.dir, 'd2.iso'));
    expect(one.volumeSet).toBe('photos-a');
    expect(two.volumeSet).toBe('photos-a');
    expect(one.application).not.toContain('COPY:2');
    expect(two.application).toMatch(/COPY:2/);

    const again = await p.run(['apply', 'set.yaml', '--device', 'stdio:./d1.iso', '--device', 'stdio:./d2.iso', '--yes', '--json']);
    expect(again.exitCode, again.stderr).toBe(0);
    const doc = JSON.parse(again.stdout) as { ok: boolean; drives: Array<{ result: { changes: boolean } }> };
    const valid = schemaValidator('apply-set-output');
    expect(valid(doc), JSON.stringify(valid.errors)).toBe(true);
    expect(doc.drives.map((d) => d.result.changes)).toEqual([false, false]);

    // the drives in the other order, with two more blanks: each known disc is found as itself
    const rest = await p.run(['apply', 'set.yaml', '--device', 'stdio:./d3.iso', '--device', 'stdio:./d2.iso', '--device', 'stdio:./d4.iso', '--device', 'stdio:./d1.iso', '--yes']);
    expect(rest.exitCode, rest.stdout + rest.stderr).toBe(0);
    expect(rest.stdout).toMatch(/d3\.iso: blank virtual disc becomes photos-b, copy 1/);
    expect(rest.stdout).toMatch(/d4\.iso: blank virtual disc becomes photos-b, copy 2/);
    expect(rest.stdout).not.toContain('Left to do');
    expect((await identity(path.join(p.dir, 'd4.iso'))).volumeSet).toBe('photos-b');
    // the catalog beside the plan names every copy of a file; one disc burned later tells the earlier ones
    const located = await p.run(['locate', 'one.txt', '--plan', 'set.yaml']);
    expect(located.exitCode, located.stderr).toBe(0);
    expect(located.stdout).toContain('disc photos-a, session 1 (PhotosA): copy 1 verified, copy 2 verified');
    await rm(path.join(p.dir, 'set.catalog.json'));
    const rebuilt = await p.run(['catalog', 'rebuild', 'set.yaml', '--device', 'stdio:./d4.iso']);
    expect(rebuilt.exitCode, rebuilt.stdout + rebuilt.stderr).toBe(0);
    expect((await p.run(['locate', 'one.txt', '--plan', 'set.yaml'])).stdout).toContain('disc photos-a, session 1 (PhotosA): copy 1 verified, copy 2 verified');
    for (const [disc, device] of [['photos-a', 'd2.iso'], ['photos-b', 'd4.iso']] as const) {
      const verified = await p.run(['verify', 'set.yaml', '--disc', disc, '--device', `stdio:./${device}`]);
      expect(verified.exitCode, verified.stdout).toBe(0);
      expect(verified.stdout).toContain('intact');
    }
  });

  it("one drive's failed burn stops neither the other drive nor the report, and a re-run converges", async () => {
    const p = await project();
    const failing = await toolWrapper(p.dir, 'xorriso-failing-d2', 'xorriso', {
      before: `if (args.includes('-commit') && args.some((a) => a.endsWith('d2.iso'))) { console.error('libburn : FATAL : the burner reports a write error (simulated)'); process.exit(5); }`,
    });
    const env = { ...process.env, NO_COLOR: '1', BURNPLAN_XORRISO: failing };
    const applied = await p.run(['apply', 'set.yaml', '--device', 'stdio:./d1.iso', '--device', 'stdio:./d2.iso', '--yes'], env);
    expect(applied.exitCode).toBe(1);
    expect(hasStackTrace(applied.stdout + applied.stderr)).toBe(false);
    expect(applied.stdout).toMatch(/d1\.iso: photos-a, copy 1 \(a blank virtual disc before\)\nSession 1 \(PhotosA\): at LBA \d+, .*data read back intact/);
    expect(applied.stdout).toMatch(/d2\.iso: photos-a, copy 2 \(a blank virtual disc before\)\n[\s\S]*Apply stopped: .*write error \(simulated\)/);
    // the real xorriso: the first drive's disc is burned, and the second drive's disc stays blank
    const rerun = await p.run(['apply', 'set.yaml', '--device', 'stdio:./d1.iso', '--device', 'stdio:./d2.iso', '--yes']);
    expect(rerun.exitCode, rerun.stdout + rerun.stderr).toBe(0);
    expect(rerun.stdout).toMatch(/d1\.iso: photos-a, copy 1\nNo changes/);
    expect(rerun.stdout).toMatch(/d2\.iso: photos-a, copy 2 \(a blank virtual disc before\)\nSession 1 \(PhotosA\).*data read back intact/);
  });

  it('refuses the same drive twice, a copy of one drive, and writes nothing to a disc of another plan or a copy in two drives', async () => {
    const p = await project();
    const twice = await p.run(['apply', 'set.yaml', '--device', 'stdio:./d1.iso', '--device', 'stdio:d1.iso', '--yes']);
    expect(twice.exitCode).toBe(1);
    expect(twice.stderr.trim()).toMatch(/^stdio:\/.*\/d1\.iso is given twice: give each drive once$/);
    const copy = await p.run(['apply', 'set.yaml', '--device', 'stdio:./d1.iso', '--device', 'stdio:./d2.iso', '--copy', '2', '--yes']);
    expect(copy.exitCode).toBe(1);
    expect(copy.stderr).toContain('--copy names the copy of one drive');
    // d1 becomes photos-a copy 1; then a copy of it in a second drive is the same disc twice
    expect((await p.run(['apply', 'set.yaml', '--device', 'stdio:./d1.iso', '--disc', 'photos-a', '--copy', '1', '--yes'])).exitCode).toBe(0);
    const { copyFile } = await import('node:fs/promises');
    await copyFile(path.join(p.dir, 'd1.iso'), path.join(p.dir, 'd1-twin.iso'));
    const before = await readFile(path.join(p.dir, 'd1.iso'));
    const dup = await p.run(['apply', 'set.yaml', '--device', 'stdio:./d1.iso', '--device', 'stdio:./d1-twin.iso', '--device', 'stdio:./d3.iso', '--yes']);
    expect(dup.exitCode).toBe(1);
    expect(dup.stdout).toContain('photos-a, copy 1, which stdio:');
    expect(dup.stdout).toMatch(/d3\.iso: blank virtual disc becomes photos-a, copy 2/);
    expect(Buffer.compare(before, await readFile(path.join(p.dir, 'd1.iso')))).toBe(0);
    // a disc another plan burned is named and left alone; the blank beside it is still burned
    await writeTree(p.dir, { 'other.yaml': 'version: 1\ndisc: { id: other-archive, backend: xorriso }\nsessions:\n  - { label: Other, files: [./data/b] }\n' });
    expect((await p.run(['apply', 'other.yaml', '--device', 'stdio:./d9.iso', '--yes'])).exitCode).toBe(0);
    const foreign = await readFile(path.join(p.dir, 'd9.iso'));
    const mixed = await p.run(['apply', 'set.yaml', '--device', 'stdio:./d9.iso', '--device', 'stdio:./d5.iso', '--yes']);
    expect(mixed.exitCode).toBe(1);
    expect(mixed.stdout).toContain('d9.iso: not a disc of this plan: it is disc "other-archive", which the plan does not hold (its discs: photos-a, photos-b)');
    expect(mixed.stdout).toMatch(/d5\.iso: blank virtual disc becomes photos-b, copy 1/);
    expect(Buffer.compare(foreign, await readFile(path.join(p.dir, 'd9.iso')))).toBe(0);
  });

  it('Ctrl-C while both drives write: each finishes and reads back its session, then neither starts the next; exit 130', async () => {
    const p = await project();
    await writeTree(p.dir, { 'data/c/four.txt': 'four\n', 'two.yaml': 'version: 1\ncopies: 2\ndisc: { id: photos-a, backend: xorriso }\nsessions:\n  - { label: One, files: [./data/a] }\n  - { label: Two, files: [./data/c] }\n' });
    // each write waits a moment before the real xorriso starts: long enough to be stopped in
    const slow = await toolWrapper(p.dir, 'xorriso-slow-write', 'xorriso', {
      before: `if (args.includes('-commit')) { fs.writeFileSync(require('node:path').join(${JSON.stringify(p.dir)}, 'writing-' + require('node:path').basename(args[args.indexOf('-dev') + 1] ?? 'x')), ''); Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2000); }`,
    });
    const { execa: run } = await import('execa');
    const child = run(process.execPath, [BIN, 'apply', 'two.yaml', '--yes', '--device', 'stdio:./d1.iso', '--device', 'stdio:./d2.iso'], { cwd: p.dir, env: { ...process.env, NO_COLOR: '1', BURNPLAN_XORRISO: slow }, reject: false, stdin: 'ignore', detached: true });
    await waitFor(() => existsSync(path.join(p.dir, 'writing-d1.iso')) && existsSync(path.join(p.dir, 'writing-d2.iso')), 30_000);
    process.kill(-child.pid!, 'SIGINT');
    const result = await child;
    expect(result.exitCode, String(result.stdout) + String(result.stderr)).toBe(130);
    expect(String(result.stdout).match(/Session 1 \(One\): at LBA \d+, .*data read back intact/g)).toHaveLength(2);
    expect(String(result.stdout).match(/Apply stopped: stopped by the user \(SIGINT\) before "session 2: Two"/g)).toHaveLength(2);
    for (const disc of ['d1.iso', 'd2.iso']) {
      const toc = await run('xorriso', ['-indev', `stdio:${path.join(p.dir, disc)}`, '-toc'], { all: true });
      expect(toc.all.match(/^ISO session/gm)).toHaveLength(1);
    }
    // the catalog lists what each drive verified before the stop, read again from nowhere
    const catalog = JSON.parse(await readFile(path.join(p.dir, 'two.catalog.json'), 'utf8')) as { discs: Array<{ sessions: Array<{ number: number; copies: Array<{ copy: number; verified: boolean }> }> }> };
    expect(catalog.discs[0]!.sessions.map((s) => [s.number, s.copies.map((c) => [c.copy, c.verified])])).toEqual([[1, [[1, true], [2, true]]]]);
  });

  it('devices: in the plan names the drives a run without --device works on', async () => {
    const p = await project();
    await writeTree(p.dir, { 'set.yaml': `devices: [stdio:./d1.iso, "stdio:./d2.iso"]\n${setPlan('xorriso')}` });
    expect((await p.run(['validate', 'set.yaml'])).exitCode).toBe(0);
    const applied = await p.run(['apply', 'set.yaml', '--yes']);
    expect(applied.exitCode, applied.stdout + applied.stderr).toBe(0);
    expect(applied.stdout).toMatch(/d1\.iso: blank virtual disc becomes photos-a, copy 1/);
    expect(applied.stdout).toMatch(/d2\.iso: blank virtual disc becomes photos-a, copy 2/);
    // --device still chooses: one drive, one disc of the set
    const one = await p.run(['diff', 'set.yaml', '--device', 'stdio:./d2.iso', '--disc', 'photos-a']);
    expect(one.exitCode, one.stderr).toBe(0);
    expect(one.stdout).toContain('copy 2 of 2');
    await writeTree(p.dir, { 'bad.yaml': `devices: []\n${setPlan('xorriso')}` });
    const refused = await p.run(['validate', 'bad.yaml']);
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toContain('bad.yaml:1:10: error: devices must not be empty: list at least one entry');
  });

  it('one entry in devices: is the drive of a one-drive run, and --disc keeps a run on several drives to that disc', async () => {
    const p = await project();
    await writeTree(p.dir, { 'solo.yaml': 'version: 1\ndevices: [stdio:./solo.iso]\ndisc: { id: solo, backend: xorriso }\nsessions:\n  - { label: Solo, files: [./data/b] }\n' });
    const solo = await p.run(['apply', 'solo.yaml', '--yes']);
    expect(solo.exitCode, solo.stdout + solo.stderr).toBe(0);
    expect(solo.stdout).toMatch(/re-read from stdio:.*\/solo\.iso/);
    expect((await p.run(['verify', 'solo.yaml'])).stdout).toContain('intact');
    await writeTree(p.dir, { 'set.yaml': `devices: [stdio:./d1.iso, stdio:./d2.iso]\n${setPlan('xorriso')}` });
    const onlyB = await p.run(['apply', 'set.yaml', '--disc', 'photos-b', '--yes']);
    expect(onlyB.exitCode, onlyB.stdout + onlyB.stderr).toBe(0);
    expect(onlyB.stdout).toMatch(/d1\.iso: photos-b, copy 1 \(a blank virtual disc before\)/);
    expect(onlyB.stdout).toMatch(/d2\.iso: photos-b, copy 2 \(a blank virtual disc before\)/);
  });

  it('the cdrecord path: two emulated CD-R drives burn at once, each verified, and a second apply writes nothing', async () => {
    const p = await project('cdrecord', 'cd-r');
    const one = createEmulatedDrive(p.dir, { variant: 'wodim', imageName: 'one.img' });
    const two = createEmulatedDrive(p.dir, { variant: 'wodim', imageName: 'two.img' });
    const env = { ...one.env, NO_COLOR: '1', BURNPLAN_CDRECORD: path.join(one.binDir, 'wodim') };
    const args = ['apply', 'set.yaml', '--device', one.device, '--device', two.device, '--yes'];
    const applied = await p.run(args, env);
    expect(applied.exitCode, applied.stdout + applied.stderr).toBe(0);
    expect(applied.stdout).toMatch(/one\.img: blank CD-R becomes photos-a, copy 1/);
    expect(applied.stdout).toMatch(/two\.img: blank CD-R becomes photos-a, copy 2/);
    expect(applied.stdout.match(/data read back intact/g)).toHaveLength(2);
    expect(one.readState().tracks).toHaveLength(1);
    expect(two.readState().tracks).toHaveLength(1);
    const again = await p.run(args, env);
    expect(again.exitCode, again.stdout).toBe(0);
    expect(again.stdout.match(/No changes: the disc is as the plan says/g)).toHaveLength(2);
    expect(two.readState().tracks).toHaveLength(1);
  });
});
