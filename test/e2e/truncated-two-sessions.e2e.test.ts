// A two-session virtual disc written by the real xorriso, then cut inside its second session:
// before session 2's root directory, and inside its file data. xorriso then lists a phantom
// third session at LBA 0 (the header copy); burnplan reads two sessions, the second cut short,
// refuses to write, and no command shows a third session or the second one twice.
import { createHash } from 'node:crypto';
import { copyFile, readFile, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readIsoSession } from '../../src/disc/iso9660/read-iso-session.js';
import { hasStackTrace, runBurnplan } from '../helpers/run-burnplan.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';
import { buildVirtualDisc } from '../helpers/virtual-disc.js';

async function twoSessionProject() {
  const dir = await tempDir();
  const built = await buildVirtualDisc(dir, 'disc.iso', [
    { label: 'S1', files: { 'a.bin': 'a'.repeat(300_000) } },
    { label: 'S2', files: { 'b.bin': 'b'.repeat(300_000) } },
  ]);
  await writeTree(dir, { 'data/S1/a.txt': 'a', 'data/S2/b.txt': 'b' });
  const plan = path.join(dir, 'plan.yaml');
  const sessions = ['S1', 'S2'].map((l) => `  - label: ${l}\n    files: [{ source: ./data/${l}, target: /${l} }]\n`).join('');
  await writeFile(plan, `version: 1\ndisc:\n  id: two-sessions\n  device: stdio:./disc.iso\n  backend: xorriso\nsessions:\n${sessions}`);
  const full = path.join(dir, 'full.iso');
  await copyFile(built.file, full);
  const second = built.written[1]!;
  const root = (await readIsoSession(full, second.lba))!.rootDirectory.extentLba;
  return { plan, full, ...built, second, root };
}

const sha256 = async (file: string) => createHash('sha256').update(await readFile(file)).digest('hex');

describe('a two-session virtual disc cut inside session 2', () => {
  it('reads as damaged, session 2 cut short, no phantom session 3, wherever it is cut', async () => {
    const p = await twoSessionProject();
    const cuts = { 'before its root directory': p.root, 'inside its file data': p.second.lba + Math.floor(p.second.imageSectors / 2) };
    for (const [where, sector] of Object.entries(cuts)) {
      await copyFile(p.full, p.file);
      await truncate(p.file, sector * 2048);
      const before = await sha256(p.file);
      const json = JSON.parse((await runBurnplan(['status', p.plan, '--json'])).stdout);
      expect(json.sessions.map((s: any) => [s.number, s.start_lba, s.problem?.kind ?? null]), where).toEqual([
        [1, p.written[0]!.lba, null],
        [2, p.second.lba, 'cut-short'],
      ]);
      expect(json.damage.length, where).toBeGreaterThan(0);
      const status = await runBurnplan(['status', p.plan]);
      expect(status.exitCode, where).toBe(0);
      expect(status.stdout, where).toMatch(/^Session 2 is CUT SHORT: /m);
      expect(status.stdout, where).not.toMatch(/^3 /m);
      const diff = await runBurnplan(['diff', p.plan]);
      expect(diff.exitCode, where).toBe(1);
      expect(diff.stdout, where).toContain('session 2 on the disc is cut short');
      expect(diff.stdout + diff.stderr, where).not.toMatch(/not in the plan|^ +\S+ +3 /m);
      const verify = await runBurnplan(['verify', p.plan]);
      expect(verify.stdout.match(/^ {2}\S+ \d+ /gm)?.map((line) => line.trim().split(' ')[1]), where).toEqual(['1', '2']);
      const apply = await runBurnplan(['apply', p.plan, '--yes']);
      expect(apply.exitCode, where).toBe(1);
      for (const run of [status, diff, verify, apply]) expect(hasStackTrace(run.stdout + run.stderr), where).toBe(false);
      expect(await sha256(p.file), where).toBe(before);
    }
  });
});
