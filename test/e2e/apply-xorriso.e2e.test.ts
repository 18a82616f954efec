// burnplan apply on virtual discs with the real xorriso.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, runBurnplan } from '../helpers/run-burnplan.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

async function project(labels: string[], extra = '') {
  const dir = await tempDir();
  const files: Record<string, string> = {};
  for (const label of labels) {
    files[`data/${label}/${label}.txt`] = `${label}\n`;
    files[`data/${label}/long name with spaces and ümlauts in ${label}.txt`] = `long ${label}\n`;
  }
  await writeTree(dir, files);
  const plan = path.join(dir, 'plan.yaml');
  await writePlan(plan, labels, extra);
  return { dir, plan, disc: path.join(dir, 'disc.iso') };
}

async function writePlan(plan: string, labels: string[], extra = '') {
  const sessions = labels.map((l) => `  - label: ${l}\n    files: [{ source: ./data/${l}, target: /${l} }]\n`).join('');
  await writeFile(plan, `version: 1\ndisc:\n  id: apply-test\n  device: stdio:./disc.iso\n  backend: xorriso\nsessions:\n${sessions}${extra}`);
}

const apply = (plan: string, ...args: string[]) => runBurnplan(['apply', plan, '--yes', ...args]);
const statusOf = async (plan: string) => JSON.parse((await runBurnplan(['status', plan, '--json'])).stdout);
const sha256 = async (file: string) => createHash('sha256').update(await readFile(file)).digest('hex');

describe('burnplan apply on a virtual disc', () => {
  it('burns a 3-session plan from blank, verifies it, and a second run burns nothing', async () => {
    const p = await project(['One', 'Two', 'Three']);
    const first = await apply(p.plan);
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toContain('Session 3 (Three): at LBA');
    expect(first.stdout).toMatch(/data read back intact\.\nThe disc now: appendable, 3 sessions/);
    const status = await statusOf(p.plan);
    expect(status.sessions.map((s: any) => [s.iso9660.volume_id, s.iso9660.volume_set_id, s.burnplan !== null])).toEqual([
      ['One', 'apply-test', true],
      ['Two', 'apply-test', true],
      ['Three', 'apply-test', true],
    ]);
    // every session's files, with their long names, through Rock Ridge and Joliet (read by xorriso, not by us)
    const listing = await execa('xorriso', ['-indev', `stdio:${p.disc}`, '-find', '/', '-type', 'f']);
    // beside them, the catalog of the set each session carries
    expect(listing.stdout.split('\n').filter((line) => line !== "'/.burnplan/catalog.json'").sort()).toEqual(
      ['One', 'Two', 'Three'].flatMap((l) => [`'/${l}/${l}.txt'`, `'/${l}/long name with spaces and ümlauts in ${l}.txt'`]).sort(),
    );
    // isoinfo has no UTF-8 output: ask for Latin-1 and read it as such
    const joliet = await execa('isoinfo', ['-J', '-j', 'iso8859-1', '-f', '-i', p.disc, '-T', String(status.sessions[2].start_lba)], { encoding: 'latin1' });
    expect(joliet.stdout).toContain('/Three/long name with spaces and ümlauts in Three.txt');
    expect(joliet.stdout).toContain('/One/One.txt');

    const before = await sha256(p.disc);
    const second = await apply(p.plan);
    expect(second.exitCode).toBe(0);
    expect(second.stdout).toContain('No changes: the disc matches the plan.');
    expect(await sha256(p.disc)).toBe(before);
  });

  it('burns exactly one session when the plan grows by one', async () => {
    const p = await project(['A', 'B', 'C']);
    await writePlan(p.plan, ['A', 'B']);
    expect((await apply(p.plan)).exitCode).toBe(0);
    await writePlan(p.plan, ['A', 'B', 'C']);
    const grown = await apply(p.plan, '--json');
    expect(grown.exitCode).toBe(0);
    const json = JSON.parse(grown.stdout);
    expect(json.sessions.map((s: any) => [s.session, s.label, s.burned, s.on_disc, s.data_verified])).toEqual([[3, 'C', true, true, true]]);
    expect(json.disc_after).toMatchObject({ status: 'appendable', sessions: 3 });
  });

  it('writes nothing when there is a conflict (the disc file byte-identical)', async () => {
    const p = await project(['A', 'B']);
    await writePlan(p.plan, ['A']);
    await apply(p.plan);
    const before = await sha256(p.disc);
    await writePlan(p.plan, ['A', 'B']);
    await writeFile(p.plan, (await readFile(p.plan, 'utf8')).replace('label: A', 'label: Renamed'));
    const result = await apply(p.plan);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('Conflicts (nothing will be burned):');
    expect(await sha256(p.disc)).toBe(before);
  });

  it('refuses without --yes when there is no terminal, before writing anything', async () => {
    const p = await project(['A']);
    const result = await runBurnplan(['apply', p.plan]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr.trim()).toBe('apply writes to the disc and needs a confirmation: run it in a terminal, or pass --yes');
    expect(hasStackTrace(result.stderr)).toBe(false);
    await expect(readFile(p.disc)).rejects.toThrow('ENOENT');
  });

  it('applies a saved diff, and refuses one the disc no longer matches', async () => {
    const p = await project(['A', 'B']);
    const saved = path.join(p.dir, 'preview.json');
    await runBurnplan(['diff', p.plan, '--out', saved]);
    expect((await runBurnplan(['apply', saved, '--yes'])).exitCode).toBe(0);
    expect((await statusOf(p.plan)).sessions).toHaveLength(2);
    const stale = await runBurnplan(['apply', saved, '--yes']);
    expect(stale.exitCode).toBe(1);
    expect(stale.stderr).toMatch(/^the disc changed since the diff was saved: the status was "blank", is now "appendable"/);
  });

  it('refuses a saved diff that holds only part of what diff --out writes, in one line, writing nothing', async () => {
    const p = await project(['A']);
    const full = path.join(p.dir, 'full.json');
    await runBurnplan(['diff', p.plan, '--out', full]);
    const saved = JSON.parse(await readFile(full, 'utf8')) as Record<string, unknown>;
    const half = path.join(p.dir, 'half.json');
    await writeFile(half, JSON.stringify({ ...saved, discState: { device: `stdio:${p.disc}` } }));
    const result = await runBurnplan(['apply', half, '--yes']);
    expect(result.exitCode).toBe(1);
    expect(result.stderr.trim()).toBe(`${half}: not a saved diff (/discState must have required property 'media')`);
    await expect(readFile(p.disc)).rejects.toThrow('ENOENT');
  });

  it('refuses a second apply on the same device at once, naming the holder', async () => {
    const p = await project(['A']);
    const lockDir = path.join(p.dir, 'locks');
    const env = { BURNPLAN_LOCK_DIR: lockDir };
    // hold the lock with a live process: a sleeping child that wrote the lock file
    const { acquireDeviceLock } = await import('../../src/apply/device-lock.js');
    const held = acquireDeviceLock(`stdio:${p.disc}`, new Date('2026-11-24T10:00:00Z'), env);
    try {
      const result = await runBurnplan(['apply', p.plan, '--yes'], { env });
      expect(result.exitCode).toBe(1);
      expect(result.stderr.trim()).toBe(`stdio:${p.disc}: another burnplan apply is using this device (pid ${process.pid}, since 2026-11-24T10:00:00.000Z; lock ${held.file})`);
    } finally {
      held.release();
    }
    // a lock whose pid now belongs to another process (started later) does not hold the device
    await writeFile(held.file, JSON.stringify({ pid: process.pid, started: 1, since: '2026-01-01T00:00:00Z', device: `stdio:${p.disc}` }));
    expect((await runBurnplan(['apply', p.plan, '--yes'], { env })).exitCode).toBe(0);
    // a stale lock of a dead process is taken over
    await writeFile(held.file, JSON.stringify({ pid: 999999, since: '2026-01-01T00:00:00Z', device: `stdio:${p.disc}` }));
    expect((await runBurnplan(['apply', p.plan, '--yes'], { env })).exitCode).toBe(0);
  });
});
