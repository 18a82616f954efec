// Recovery data burned with each session, on a virtual disc (xorriso) and an emulated CD-R
// (wodim): diff counts it, apply makes it with the real par2 and burns it in /.burnplan/, and
// par2 itself, run by hand on the files copied off the disc, repairs damage up to what diff
// promised and refuses one slice more; so does burnplan recover, from sectors overwritten in the
// image and from sectors that fail to read (EIO) as a scratched disc's do.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { createEmulatedDrive } from '../cdr-emulator/emulated-drive.js';
import { coveredFiles, damageSectors, sectorsInDistinctSlices } from '../helpers/damage-slices.js';
import { runBurnplan } from '../helpers/run-burnplan.js';
import { withUnreadableSectors } from '../unreadable-sectors/unreadable-sectors.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

const hasPar2 = (await execa('par2', ['-V'], { reject: false }).catch(() => ({ exitCode: 1 }))).exitCode === 0;

function randomBytes(size: number, seed: number): Buffer {
  const out = Buffer.alloc(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const SOURCES: Record<string, Buffer | string> = {
  'one/photos/a.bin': randomBytes(1_500_000, 1),
  'one/photos/b.bin': randomBytes(400_000, 2),
  'one/notes.txt': 'n\n',
  'one/empty.txt': '',
  'two/c.bin': randomBytes(300_000, 3),
};

async function project(backend: 'xorriso' | 'wodim', sessions: string[]) {
  const dir = await tempDir();
  await writeTree(dir, SOURCES);
  const drive = backend === 'wodim' ? createEmulatedDrive(dir, { variant: 'wodim' }) : undefined;
  const disc = drive ? `  media: cd-r\n  device: ${drive.device}\n  backend: cdrecord\n` : '  device: stdio:./disc.iso\n  backend: xorriso\n';
  const plan = path.join(dir, 'plan.yaml');
  const write = (labels: string[]) =>
    writeFile(plan, `version: 1\ndisc:\n  id: rec\n${disc}defaults:\n  recovery: 10%\nsessions:\n${labels.map((l) => `  - label: ${l}\n    files: [./${l.toLowerCase()}]\n`).join('')}`);
  await write(sessions);
  return { dir, plan, write, image: drive ? drive.imagePath : path.join(dir, 'disc.iso'), env: drive ? drive.env : { ...process.env } };
}

const sha256 = async (file: string) => createHash('sha256').update(await readFile(file)).digest('hex');

/** The files of the session at `startLba` (a CD-R image holds its sessions at their real places). */
async function copyOff(image: string, to: string, startLba = 0): Promise<void> {
  await execa('xorriso', ['-osirrox', 'on', '-load', 'sbsector', String(startLba), '-indev', `stdio:${image}`, '-extract', '/', to]);
}

describe.skipIf(!hasPar2).each(['xorriso', 'wodim'] as const)('recovery data in each session (%s)', (backend) => {
  it('is counted by diff, burned by apply in /.burnplan/, and repairs by hand what diff promised and no more', async () => {
    const p = await project(backend, ['One']);
    const diff = JSON.parse((await runBurnplan(['diff', p.plan, '--json'], { env: p.env })).stdout);
    const forecast = diff.sessions[0].recovery;
    expect(forecast).toMatchObject({ percent: 10, recoverable_bytes: forecast.recoverable_sectors * 2048 });
    expect(forecast.recoverable_run_bytes).toBe((forecast.recovery_slices - 1) * forecast.slice_bytes + 2048);
    // the files that are not empty: 1.9 MB in 2048-byte slices, 10% of them
    const slices = Math.ceil(1_500_000 / forecast.slice_bytes) + Math.ceil(400_000 / forecast.slice_bytes) + 1;
    expect(forecast.recovery_slices).toBe(Math.ceil(slices / 10));
    expect(forecast.recoverable_sectors).toBe(forecast.recovery_slices);
    const text = await runBurnplan(['diff', p.plan], { env: p.env });
    expect(text.stdout).toContain(`recovers up to ${(forecast.recoverable_bytes / 1024).toFixed(1)} KiB of bad sectors anywhere`);

    const applied = await runBurnplan(['apply', p.plan, '--yes', '--json'], { env: p.env });
    expect(applied.stderr).toBe('');
    expect(applied.exitCode).toBe(0);
    const report = JSON.parse(applied.stdout).sessions[0];
    expect(report.data_verified).toBe(true);
    expect(report.recovery.recoverable_sectors).toBe(forecast.recoverable_sectors);
    expect(report.recovery.bytes).toBeLessThanOrEqual(forecast.bytes_at_most);
    const again = await runBurnplan(['apply', p.plan, '--yes'], { env: p.env });
    expect(again.stdout).toContain('No changes');

    const off = path.join(p.dir, 'off');
    await copyOff(p.image, off);
    const R = forecast.recovery_slices;
    const volume = `session-01.vol${'0'.repeat(String(R).length)}+${R}.par2`;
    expect((await execa('ls', [path.join(off, '.burnplan')])).stdout.split('\n')).toEqual(expect.arrayContaining(['session-01.par2', volume]));
    if (backend === 'wodim') expect(await readFile(path.join(off, '.burnplan/session-01.sha256'), 'utf8')).toContain(volume);
    const verified = await execa('par2', ['verify', '-q', '-B', off, path.join(off, '.burnplan/session-01.par2')], { reject: false });
    expect(verified.stdout).toContain('All files are correct');

    const files = await coveredFiles(p.image, 0);
    const pristine = path.join(p.dir, 'pristine.img');
    await execa('cp', ['--sparse=always', p.image, pristine]);
    // R bad sectors in R slices: par2 rebuilds every file
    await damageSectors(p.image, sectorsInDistinctSlices(files, forecast.slice_bytes, R));
    const damaged = path.join(p.dir, 'damaged');
    await copyOff(p.image, damaged);
    expect(await sha256(path.join(damaged, 'photos/a.bin'))).not.toBe(await sha256(path.join(p.dir, 'one/photos/a.bin')));
    const repaired = await execa('par2', ['repair', '-q', '-B', damaged, path.join(damaged, '.burnplan/session-01.par2')], { reject: false });
    expect(repaired.stdout).toContain('Repair complete');
    for (const name of ['photos/a.bin', 'photos/b.bin', 'notes.txt']) expect(await sha256(path.join(damaged, name))).toBe(await sha256(path.join(p.dir, 'one', name)));
    // and burnplan recover, from the damaged disc itself
    const rescued = path.join(p.dir, 'rescued');
    const recovered = await runBurnplan(['recover', p.plan, '--session', '1', '--out', rescued], { env: p.env });
    expect(recovered.exitCode).toBe(0);
    for (const name of ['photos/a.bin', 'photos/b.bin', 'notes.txt']) expect(await sha256(path.join(rescued, name))).toBe(await sha256(path.join(p.dir, 'one', name)));
    // one slice more than promised: par2 says so
    await damageSectors(pristine, sectorsInDistinctSlices(files, forecast.slice_bytes, R + 1));
    const beyond = path.join(p.dir, 'beyond');
    await copyOff(pristine, beyond);
    const refused = await execa('par2', ['repair', '-q', '-B', beyond, path.join(beyond, '.burnplan/session-01.par2')], { reject: false });
    expect(refused.exitCode).not.toBe(0);
    expect(refused.stdout).toContain('Repair is not possible');
    // and burnplan recover from that disc: it names what is lost and fails
    await execa('cp', ['--sparse=always', pristine, p.image]);
    const lost = await runBurnplan(['recover', p.plan, '--session', '1', '--out', path.join(p.dir, 'lost'), '--json'], { env: p.env });
    expect(lost.exitCode).toBe(1);
    const lostReport = JSON.parse(lost.stdout);
    expect(lostReport.repair.state).toBe('not-possible');
    expect(lostReport.files.filter((f: { outcome: string }) => f.outcome === 'lost').map((f: { path: string }) => f.path)).toEqual(expect.arrayContaining(['/photos/a.bin']));
  });

  it('gives back byte-identical files from a disc whose sectors fail to read, up to what diff promised, and names the lost beyond it', async () => {
    const p = await project(backend, ['One']);
    const diff = JSON.parse((await runBurnplan(['diff', p.plan, '--json'], { env: p.env })).stdout);
    const { slice_bytes: sliceBytes, recovery_slices: R } = diff.sessions[0].recovery;
    expect((await runBurnplan(['apply', p.plan, '--yes'], { env: p.env })).exitCode).toBe(0);
    const files = await coveredFiles(p.image, 0);
    const recover = async (lbas: number[], out: string, ...args: string[]) => {
      const result = await runBurnplan(['recover', p.plan, '--session', '1', '--out', path.join(p.dir, out), '--json', ...args], { env: withUnreadableSectors(p.env, p.image, lbas) });
      expect(result.stderr).toBe('');
      return { exitCode: result.exitCode, report: JSON.parse(result.stdout) };
    };
    const sameAsSources = async (out: string) => {
      for (const name of ['photos/a.bin', 'photos/b.bin', 'notes.txt', 'empty.txt']) expect(await sha256(path.join(p.dir, out, name)), name).toBe(await sha256(path.join(p.dir, 'one', name)));
    };

    // R sectors that never read, in R slices: each is counted, and par2 rebuilds every file
    const scratched = sectorsInDistinctSlices(files, sliceBytes, R).map((s) => s.lba);
    const rescued = await recover(scratched, 'rescued');
    expect(rescued.exitCode).toBe(0);
    expect(rescued.report.repair.state).toBe('repaired');
    expect(rescued.report.bad_sectors).toEqual({ count: R, lbas: [...scratched].sort((a, b) => a - b) });
    await sameAsSources('rescued');

    // a sector that fails twice (the large read, then its own) reads on the retry: nothing to
    // repair; without retries it stays bad
    const flaky = scratched.slice(0, 3);
    const retried = await runBurnplan(['recover', p.plan, '--session', '1', '--out', path.join(p.dir, 'retried'), '--json'], { env: withUnreadableSectors(p.env, p.image, flaky, { readsOnTry: 3 }) });
    expect(JSON.parse(retried.stdout)).toMatchObject({ ok: true, bad_sectors: { count: 0 }, repair: { state: 'not-needed' } });
    await sameAsSources('retried');
    const once = await runBurnplan(['recover', p.plan, '--session', '1', '--out', path.join(p.dir, 'once'), '--json', '--retries', '0'], { env: withUnreadableSectors(p.env, p.image, flaky, { readsOnTry: 3 }) });
    expect(JSON.parse(once.stdout)).toMatchObject({ ok: true, bad_sectors: { count: 3 }, repair: { state: 'repaired' } });

    // one unreadable slice more than promised: the damaged files are named lost, exit 1
    const beyond = sectorsInDistinctSlices(files, sliceBytes, R + 1);
    const lost = await recover(beyond.map((s) => s.lba), 'lost');
    expect(lost.exitCode).toBe(1);
    expect(lost.report.repair.state).toBe('not-possible');
    const lostPaths = lost.report.files.filter((f: { outcome: string }) => f.outcome === 'lost').map((f: { path: string }) => f.path);
    expect(lostPaths.sort()).toEqual([...new Set(beyond.map((s) => s.path))].sort());
    expect(lost.report.bad_sectors.count).toBe(R + 1);
  });

  it('gives a session of empty files none: par2 has nothing to protect', async () => {
    const p = await project(backend, ['Empty']);
    await writeTree(p.dir, { 'empty/a.txt': '', 'empty/b.txt': '' });
    const diff = JSON.parse((await runBurnplan(['diff', p.plan, '--json'], { env: p.env })).stdout);
    expect(diff.sessions[0].recovery).toBeNull();
    const applied = await runBurnplan(['apply', p.plan, '--yes'], { env: p.env });
    expect(applied.exitCode).toBe(0);
    expect(applied.stdout).not.toContain('make recovery data');
  });

  it('gives each later session its own recovery data beside the earlier ones', async () => {
    const p = await project(backend, ['One']);
    expect((await runBurnplan(['apply', p.plan, '--yes'], { env: p.env })).exitCode).toBe(0);
    await p.write(['One', 'Two']);
    const second = await runBurnplan(['apply', p.plan, '--yes'], { env: p.env });
    expect(second.stderr).toBe('');
    expect(second.exitCode).toBe(0);
    expect(second.stdout).toMatch(/make recovery data: .* \(10%: recovers up to .* of bad sectors\)/);
    const status = JSON.parse((await runBurnplan(['status', p.plan, '--json'], { env: p.env })).stdout);
    const off = path.join(p.dir, 'off');
    await copyOff(p.image, off, status.sessions[1].start_lba);
    const names = (await execa('ls', [path.join(off, '.burnplan')])).stdout.split('\n');
    expect(names.filter((n) => n.endsWith('.par2')).map((n) => n.slice(0, 10))).toEqual(['session-01', 'session-01', 'session-02', 'session-02']);
    const verified = await execa('par2', ['verify', '-q', '-B', off, path.join(off, '.burnplan/session-02.par2')], { reject: false });
    expect(verified.stdout).toContain('All files are correct');
    const verify = await runBurnplan(['verify', p.plan], { env: p.env });
    expect(verify.exitCode).toBe(0);
    // nothing is left on this computer once apply is done
    const fingerprints = status.sessions.map((s: any) => s.burnplan.fingerprint as string);
    const left = (await readdir(path.join(tmpdir(), `burnplan-${process.getuid!()}`))).filter((name) => fingerprints.some((f: string) => name.startsWith(f)));
    expect(left).toEqual([]);
  });
});
