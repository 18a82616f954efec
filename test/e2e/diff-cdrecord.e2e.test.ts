// burnplan diff on the cdrecord path, against the CD-R emulator, on discs burned by hand with
// the seed recipe (real genisoimage), and the commands it previews, run for real.
import { createHash } from 'node:crypto';
import { readFile, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmulatedDrive } from '../cdr-emulator/emulated-drive.js';
import { loggingWrapper } from '../helpers/logging-wrapper.js';
import { diffJson, runDiffActions } from '../helpers/run-actions.js';
import { runBurnplan } from '../helpers/run-burnplan.js';
import { burnSeedSession, closeDisc } from '../helpers/seed-recipe.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

async function seedProject(labels: string[], finalize: 'open' | 'close' = 'open') {
  const dir = await tempDir();
  const drive = createEmulatedDrive(dir, { variant: 'wodim' });
  const files: Record<string, string> = {};
  for (const label of labels) files[`data/${label}/${label}.txt`] = `${label}\n`;
  await writeTree(dir, files);
  const sessions = labels.map((l) => `  - label: ${l}\n    files: [./data/${l}]\n`).join('');
  const plan = path.join(dir, 'plan.yaml');
  await writeFile(plan, `version: 1\ndisc:\n  id: seed-cdr\n  media: cd-r\n  device: ${drive.device}\n  backend: cdrecord\nsessions:\n${sessions}finalize: ${finalize}\n`);
  const env = { ...drive.env, BURNPLAN_CDRECORD: path.join(drive.binDir, 'wodim') };
  return { dir, drive, plan, env };
}

const kinds = (json: any) => json.sessions.map((s: any) => s.outcome);
const sha256 = async (file: string) => createHash('sha256').update(await readFile(file)).digest('hex');

describe('burnplan diff with the cdrecord backend (emulated CD-R)', () => {
  it('adopts sessions burned by hand with the seed recipe and appends with -C/-M from the disc', async () => {
    const p = await seedProject(['Session1', 'Session2', 'Session3']);
    await burnSeedSession(p.drive, p.dir, { label: 'Session1', files: { 'a.txt': 'a' } });
    const second = await burnSeedSession(p.drive, p.dir, { label: 'Session2', files: { 'b.txt': 'b' } });
    const { json } = await diffJson([p.plan], p.env);
    expect(kinds(json)).toEqual(['adopted', 'adopted', 'to-burn']);
    const nwa = json.disc.next_writable_address;
    expect(json.sessions[2]).toMatchObject({ landing_lba: nwa, landing_exact: true, size_exact: true });
    const [mkisofs, cdrecord] = json.actions[0].commands;
    expect(['mkisofs', 'genisoimage']).toContain(path.basename(mkisofs.program));
    expect(mkisofs.args).toEqual(expect.arrayContaining(['-r', '-J', '-V', 'Session3', '-volset', 'seed-cdr', '-C', `${second},${nwa}`, '-M', p.drive.imagePath]));
    expect(cdrecord.args).toEqual(['-v', `dev=${p.drive.device}`, '-tao', '-multi', `tsize=${json.sessions[2].size_sectors}s`, '-']);

    await runDiffActions([p.plan], { env: p.env });
    const after = await diffJson([p.plan], p.env);
    expect(kinds(after.json)).toEqual(['adopted', 'adopted', 'in-sync']);
    const status = JSON.parse((await runBurnplan(['status', p.plan, '--json'], { env: p.env })).stdout);
    expect(status.sessions[2]).toMatchObject({ start_lba: nwa, iso9660: { volume_id: 'Session3', volume_set_id: 'seed-cdr', joliet: true, rock_ridge: true } });
    expect(status.sessions[2].burnplan.fingerprint).toBe(json.sessions[2].planned_fingerprint);
  });

  it('a blank disc: the first session without -C/-M, the next at the real CD gap', async () => {
    const p = await seedProject(['One', 'Two']);
    const { json } = await diffJson([p.plan], p.env);
    expect(json.sessions[0]).toMatchObject({ landing_lba: 0, free_before_sectors: 359849 });
    expect(json.actions[0].commands[0].args).not.toContain('-M');
    // a CD track takes at least 300 sectors, then 2 run-out sectors, then the gap
    expect(json.sessions[1].landing_lba).toBe(Math.max(json.sessions[0].size_sectors, 300) + 2 + 11400);
    // the forecast holds: burn the first and read the disc
    await runDiffActions([p.plan], { env: p.env, limit: 1 });
    const again = await diffJson([p.plan], p.env);
    expect(again.json.sessions[1].landing_lba).toBe(json.sessions[1].landing_lba);
    expect(again.json.sessions[1].landing_exact).toBe(true);
  });

  it('a closed disc: conflict when sessions are missing, in sync when it holds the whole plan', async () => {
    const p = await seedProject(['Session1', 'Session2']);
    await burnSeedSession(p.drive, p.dir, { label: 'Session1', files: { 'a.txt': 'a' } });
    await closeDisc(p.drive);
    const missing = await diffJson([p.plan], p.env);
    expect(missing.exitCode).toBe(1);
    expect(missing.json.conflicts.map((c: any) => c.code)).toEqual(['closed-disc']);
    const q = await seedProject(['Session1'], 'close');
    await burnSeedSession(q.drive, q.dir, { label: 'Session1', files: { 'a.txt': 'a' } });
    await closeDisc(q.drive);
    const whole = await diffJson([q.plan], q.env);
    expect(whole.exitCode).toBe(0);
    expect(whole.json).toMatchObject({ finalize: 'already-closed', actions: [], conflicts: [] });
  });

  it('closing on its own: cdrecord -fix, and it really closes the emulated disc', async () => {
    const p = await seedProject(['Session1'], 'close');
    await burnSeedSession(p.drive, p.dir, { label: 'Session1', files: { 'a.txt': 'a' } });
    const { json } = await diffJson([p.plan], p.env);
    expect(json.actions).toEqual([{ kind: 'close-disc', commands: [{ program: expect.stringMatching(/wodim$/), args: ['-v', `dev=${p.drive.device}`, '-fix'] }] }]);
    await runDiffActions([p.plan], { env: p.env });
    expect(JSON.parse((await runBurnplan(['status', p.plan, '--json'], { env: p.env })).stdout).status).toBe('closed');
  });

  it('data that does not fit on the CD-R is a conflict found before any burn', async () => {
    const p = await seedProject(['Huge']);
    await writeFile(path.join(p.dir, 'data/Huge/movie.bin'), '');
    await truncate(path.join(p.dir, 'data/Huge/movie.bin'), 800 * 1024 * 1024); // sparse
    const { json, exitCode } = await diffJson([p.plan], p.env);
    expect(exitCode).toBe(1);
    expect(json.conflicts.map((c: any) => c.code)).toEqual(['does-not-fit']);
    expect(json.conflicts[0].message).toMatch(/needs \d+ sectors but only 359849 are free/);
  });

  it('is read-only: only read commands reach the drive, and the disc is unchanged', async () => {
    const p = await seedProject(['Session1', 'Session2']);
    await burnSeedSession(p.drive, p.dir, { label: 'Session1', files: { 'a.txt': 'a' } });
    const before = [await sha256(p.drive.imagePath), await sha256(p.drive.statePath)];
    const wrapper = await loggingWrapper(p.dir, 'wodim-logged', path.join(p.drive.binDir, 'wodim'));
    const env = { ...p.env, BURNPLAN_CDRECORD: wrapper.path };
    await runBurnplan(['diff', p.plan, '--show-commands'], { env });
    await runBurnplan(['diff', p.plan, '--json', '--out', path.join(p.dir, 'saved.json')], { env });
    const calls = await wrapper.calls();
    expect(calls.length).toBeGreaterThan(0);
    for (const args of calls) expect(args.some((a) => ['-version', '-atip', '-toc', '-msinfo', '-minfo'].includes(a))).toBe(true);
    expect([await sha256(p.drive.imagePath), await sha256(p.drive.statePath)]).toEqual(before);
  });
});
