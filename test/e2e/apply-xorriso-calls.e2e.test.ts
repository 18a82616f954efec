// The drive calls of burnplan apply on the xorriso path, counted through a logging xorriso: on a
// real drive each costs a second or more. After each burn, one call re-reads the TOC and lists
// the new session's MD5s together.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loggingWrapper } from '../helpers/logging-wrapper.js';
import { findRecord, pointRecord } from '../helpers/patch-directory-record.js';
import { runBurnplan } from '../helpers/run-burnplan.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';
import { toolWrapper } from '../helpers/tool-wrapper.js';

async function project(sessions: number) {
  const dir = await tempDir();
  const files: Record<string, string> = {};
  for (let i = 1; i <= sessions; i++) files[`s${i}/file-${i}.txt`] = `session ${i}\n`;
  await writeTree(dir, files);
  const plan = path.join(dir, 'plan.yaml');
  const list = Array.from({ length: sessions }, (_, i) => `  - label: S${i + 1}\n    files: [./s${i + 1}]\n`).join('');
  await writeFile(plan, `version: 1\ndisc:\n  id: calls\n  device: stdio:./disc.iso\n  backend: xorriso\nsessions:\n${list}`);
  return { dir, plan, disc: `stdio:${path.join(dir, 'disc.iso')}` };
}

/** Each call that opens the disc, by what it does. */
function driveCalls(calls: string[][], disc: string): string[] {
  return calls
    .filter((args) => args.includes(disc))
    .map((args) => (args.includes('-commit') ? 'burn' : args.includes('-print_size') ? 'measure' : args.includes('get_md5') ? (args.includes('-toc') ? 'toc+md5' : 'md5') : args.includes('-toc') ? 'toc' : args.join(' ')));
}

describe('burnplan apply on the xorriso path', () => {
  it('opens the drive once after each burn: the TOC and the new session\'s MD5s in one xorriso run', async () => {
    const p = await project(3);
    const xorriso = await loggingWrapper(p.dir, 'xorriso-logged', 'xorriso');
    const result = await runBurnplan(['apply', p.plan, '--yes', '--json'], { env: { BURNPLAN_XORRISO: xorriso.path } });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.sessions.map((s: { data_verified: boolean }) => s.data_verified)).toEqual([true, true, true]);
    expect(driveCalls(await xorriso.calls(), p.disc)).toEqual(['toc', 'measure', 'burn', 'toc+md5', 'burn', 'toc+md5', 'burn', 'toc+md5']);
    // each listing is of the session just burned
    const listed = (await xorriso.calls()).filter((args) => args.includes('get_md5')).map((args) => args[args.indexOf('sbsector') + 1]);
    expect(listed).toEqual(report.sessions.map((s: { start_lba: number }) => String(s.start_lba)));
  });

  it('with --no-verify, the same one call after each burn brings the MD5s the catalog records: no drive call per session at the end', async () => {
    const p = await project(3);
    const xorriso = await loggingWrapper(p.dir, 'xorriso-logged', 'xorriso');
    const result = await runBurnplan(['apply', p.plan, '--yes', '--no-verify', '--json'], { env: { BURNPLAN_XORRISO: xorriso.path } });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout).sessions.map((s: { data_verified: string }) => s.data_verified)).toEqual(['skipped', 'skipped', 'skipped']);
    expect(driveCalls(await xorriso.calls(), p.disc)).toEqual(['toc', 'measure', 'burn', 'toc+md5', 'burn', 'toc+md5', 'burn', 'toc+md5']);
    const catalog = JSON.parse(await readFile(path.join(p.dir, 'plan.catalog.json'), 'utf8'));
    const md5 = (text: string) => createHash('md5').update(text).digest('hex');
    const files = catalog.discs[0].sessions.flatMap((s: { files: { path: string; md5?: string }[] }) => s.files);
    expect(files.map((f: { path: string; md5?: string }) => [f.path, f.md5])).toEqual([1, 2, 3].map((i) => [`/file-${i}.txt`, md5(`session ${i}\n`)]));
  });

  it('verify of three sessions opens the drive twice: the TOC, then the MD5s of every session in one run', async () => {
    const p = await project(3);
    expect((await runBurnplan(['apply', p.plan, '--yes'])).exitCode).toBe(0);
    const xorriso = await loggingWrapper(p.dir, 'xorriso-logged', 'xorriso');
    const result = await runBurnplan(['verify', p.plan, '--json'], { env: { BURNPLAN_XORRISO: xorriso.path, PATH: `${p.dir}:${process.env.PATH}` } });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.sessions.map((s: { outcome: string; files_checked: number }) => [s.outcome, s.files_checked])).toEqual([['ok', 1], ['ok', 1], ['ok', 1]]);
    const calls = await xorriso.calls();
    expect(driveCalls(calls, p.disc)).toEqual(['toc', 'md5']);
    const loaded = calls.find((args) => args.includes('get_md5'))!.flatMap((arg, i, args) => (arg === 'sbsector' ? [args[i + 1]] : []));
    expect(loaded).toEqual(report.sessions.map((s: { start_lba: number }) => String(s.start_lba)));
  });

  it('a session whose tree loops is kept out of the one MD5 run (xorriso would load it forever); the others are verified', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 's1/a.txt': 'a\n', 's2/sub/b.txt': 'b\n', 's3/c.txt': 'c\n' });
    const plan = path.join(dir, 'plan.yaml');
    const list = [1, 2, 3].map((i) => `  - label: S${i}\n    files: [{ source: ./s${i}, target: /s${i} }]\n`).join('');
    await writeFile(plan, `version: 1\ndisc:\n  id: calls\n  device: stdio:./disc.iso\n  backend: xorriso\nsessions:\n${list}`);
    const applied = JSON.parse((await runBurnplan(['apply', plan, '--yes', '--json'])).stdout);
    const image = path.join(dir, 'disc.iso');
    const second = applied.sessions[1].start_lba as number;
    // session 2's /s2/sub points back at /s2 in the tree xorriso reads (Rock Ridge on the ISO 9660 one)
    const folder = await findRecord(image, second, 'iso', ['S2']);
    const sub = await findRecord(image, second, 'iso', ['S2', 'SUB']);
    await pointRecord(image, sub.offset, folder.lba, folder.size);
    const xorriso = await loggingWrapper(dir, 'xorriso-logged', 'xorriso');
    const result = await runBurnplan(['verify', plan, '--json'], { env: { BURNPLAN_XORRISO: xorriso.path }, timeout: 20_000 });
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.sessions.map((s: { outcome: string }) => s.outcome)).toEqual(['ok', 'damaged', 'ok']);
    expect(report.sessions[1].note).toMatch(/loops/);
    const loads = (await xorriso.calls()).filter((args) => args.includes('get_md5')).map((args) => args.flatMap((arg, i) => (arg === 'sbsector' ? [Number(args[i + 1])] : [])));
    expect(loads).toEqual([[applied.sessions[0].start_lba, applied.sessions[2].start_lba]]);
  });

  it('a damaged file is still found by the one-call read-back', async () => {
    const p = await project(1);
    // the file's bytes on the disc changed after the burn, before the read-back: a stand-in
    // xorriso overwrites them just before the run that lists the MD5s
    const xorriso = await toolWrapper(p.dir, 'xorriso-tamper', 'xorriso', {
      before: `if (args.includes('get_md5')) { const img = ${JSON.stringify(path.join(p.dir, 'disc.iso'))}; const b = fs.readFileSync(img); const at = b.indexOf('session 1\\n'); if (at >= 0) { b.write('SESSION 1\\n', at); fs.writeFileSync(img, b); } }`,
    });
    const result = await runBurnplan(['apply', p.plan, '--yes'], { env: { BURNPLAN_XORRISO: xorriso } });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/session 1 \(S1\) does not read back as recorded: .*\/file-1\.txt/);
  });

  it('when the one run cannot be parted, reads the TOC and the MD5s apart, and still verifies', async () => {
    const p = await project(2);
    const log = path.join(p.dir, 'calls.log');
    // a xorriso that refuses the combined run, as one that cannot load the tree there would
    const xorriso = await toolWrapper(p.dir, 'xorriso-no-combined', 'xorriso', {
      before: `fs.appendFileSync(${JSON.stringify(log)}, JSON.stringify(args) + '\\n'); if (args.includes('-toc') && args.includes('get_md5')) { process.stderr.write("xorriso : FAILURE : Cannot acquire drive\\n"); process.exit(5); }`,
    });
    const result = await runBurnplan(['apply', p.plan, '--yes', '--json'], { env: { BURNPLAN_XORRISO: xorriso } });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout).sessions.map((s: { data_verified: boolean }) => s.data_verified)).toEqual([true, true]);
    const calls = (await readFile(log, 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as string[]);
    expect(driveCalls(calls, p.disc)).toEqual(['toc', 'measure', 'burn', 'toc+md5', 'toc', 'md5', 'burn', 'toc+md5', 'toc', 'md5']);
  });
});
