// Virtual discs written by the real xorriso, then damaged on purpose: cut short inside or
// before the last session, or their first 64 KiB zeroed (where xorriso keeps the copy of the
// newest session's header; the sessions behind it are intact). status says what is wrong,
// diff and apply refuse, and the disc file is left exactly as it was.
import { createHash } from 'node:crypto';
import { open, readFile, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, runBurnplan } from '../helpers/run-burnplan.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';
import { buildVirtualDisc } from '../helpers/virtual-disc.js';

const LABELS = ['S1', 'S2', 'S3', 'S4'];

async function fourSessionProject() {
  const dir = await tempDir();
  const built = await buildVirtualDisc(
    dir,
    'disc.iso',
    LABELS.map((label, i) => ({ label, files: { [`f${i}.bin`]: 'x'.repeat(30_000 * (i + 1)) } })),
  );
  const files: Record<string, string> = {};
  for (const label of [...LABELS, 'S5']) files[`data/${label}/${label}.txt`] = label;
  await writeTree(dir, files);
  const sessions = [...LABELS, 'S5'].map((l) => `  - label: ${l}\n    files: [{ source: ./data/${l}, target: /${l} }]\n`).join('');
  const plan = path.join(dir, 'plan.yaml');
  await writeFile(plan, `version: 1\ndisc:\n  id: damaged-test\n  device: stdio:./disc.iso\n  backend: xorriso\nsessions:\n${sessions}`);
  return { dir, plan, ...built };
}

const sha256 = async (file: string) => createHash('sha256').update(await readFile(file)).digest('hex');

async function zeroHead(file: string, bytes: number) {
  const handle = await open(file, 'r+');
  await handle.write(Buffer.alloc(bytes), 0, bytes, 0);
  await handle.close();
}

async function expectRefusedEverywhere(plan: string, file: string, statusWords: RegExp) {
  const before = await sha256(file);
  const status = await runBurnplan(['status', plan]);
  expect(status.exitCode).toBe(0);
  expect(status.stdout).toMatch(/^Status: {3}DAMAGED \(xorriso reads: \w+\), \d+ sessions?: burnplan will not write to it$/m);
  expect(status.stdout).toMatch(statusWords);
  const json = JSON.parse((await runBurnplan(['status', plan, '--json'])).stdout);
  expect(json.damage.length).toBeGreaterThan(0);
  const diff = await runBurnplan(['diff', plan]);
  expect(diff.exitCode).toBe(1);
  expect(diff.stdout + diff.stderr).toContain('the disc looks damaged');
  const apply = await runBurnplan(['apply', plan, '--yes']);
  expect(apply.exitCode).toBe(1);
  expect(hasStackTrace(apply.stdout + apply.stderr)).toBe(false);
  expect(await sha256(file)).toBe(before);
  return json;
}

describe('damaged virtual discs', () => {
  it('cut inside the 4th session: 4 sessions, the 4th cut short, no phantom 5th, nothing written', async () => {
    const p = await fourSessionProject();
    const last = p.written[3]!;
    await truncate(p.file, (last.lba + Math.floor(last.imageSectors / 2)) * 2048);
    const json = await expectRefusedEverywhere(p.plan, p.file, /Session 4 is CUT SHORT: /);
    expect(json.sessions.map((s: any) => [s.number, s.start_lba, s.problem?.kind ?? null])).toEqual([
      [1, p.written[0]!.lba, null],
      [2, p.written[1]!.lba, null],
      [3, p.written[2]!.lba, null],
      [4, last.lba, 'cut-short'],
    ]);
    expect(json.damage).toEqual(expect.arrayContaining([expect.stringMatching(/^xorriso: Chain of ISO session headers broken at #5, LBA \d+s$/)]));
  });

  it('cut before the 4th session: 3 sessions and the broken chain, nothing written', async () => {
    const p = await fourSessionProject();
    await truncate(p.file, (p.written[3]!.lba - 6) * 2048);
    const json = await expectRefusedEverywhere(p.plan, p.file, /Damage: {3}xorriso: Chain of ISO session headers broken at #4/);
    expect(json.sessions.map((s: any) => s.iso9660.volume_id)).toEqual(['S1', 'S2', 'S3']);
  });

  it('the first 64 KiB zeroed: not blank but damaged, and session 1 is not written over', async () => {
    const p = await fourSessionProject();
    await zeroHead(p.file, 64 * 1024);
    const json = await expectRefusedEverywhere(p.plan, p.file, /Damage: {3}xorriso reads a blank disc, but it holds an ISO 9660 volume at LBA 48 \(label "S1"/);
    expect(json.status).toBe('blank');
    expect(json.sessions).toEqual([]);
  });

  it('only the header copy at LBA 16 zeroed: the phantom session past the end of the file is damage', async () => {
    const p = await fourSessionProject();
    const handle = await open(p.file, 'r+');
    await handle.write(Buffer.alloc(2048), 0, 2048, 16 * 2048);
    await handle.close();
    await expectRefusedEverywhere(p.plan, p.file, /past the end of the file/);
  });
});
