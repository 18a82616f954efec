// burnplan diff against virtual discs written by the real xorriso.
import { createHash } from 'node:crypto';
import { readFile, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, runBurnplan } from '../helpers/run-burnplan.js';
import { diffJson, runDiffActions } from '../helpers/run-actions.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';
import { buildVirtualDisc } from '../helpers/virtual-disc.js';

interface PlanSpec {
  id?: string;
  sessions: Array<{ label: string; joliet?: boolean }>;
  finalize?: 'open' | 'close';
}

/** A folder with a plan for a virtual disc, and a source folder per session with one file. */
async function project(spec: PlanSpec) {
  const dir = await tempDir();
  const files: Record<string, string> = {};
  for (const s of spec.sessions) files[`data/${s.label}/${s.label}.txt`] = `content of ${s.label}\n`;
  await writeTree(dir, files);
  const sessions = spec.sessions
    .map((s) => `  - label: ${s.label}\n    files: [{ source: ./data/${s.label}, target: /${s.label} }]\n${s.joliet === false ? '    joliet: false\n' : ''}`)
    .join('');
  const plan = path.join(dir, 'plan.yaml');
  await writeFile(plan, `version: 1\ndisc:\n  id: ${spec.id ?? 'test-disc'}\n  device: stdio:./disc.iso\n  backend: xorriso\nsessions:${sessions === '' ? ' []\n' : `\n${sessions}`}finalize: ${spec.finalize ?? 'open'}\n`);
  return { dir, plan, disc: path.join(dir, 'disc.iso') };
}

const outcomes = (json: any) => json.sessions.map((s: any) => [s.session, s.label, s.outcome]);
const conflictCodes = (json: any) => json.conflicts.map((c: any) => c.code);
const sha256 = async (file: string) => createHash('sha256').update(await readFile(file)).digest('hex');

describe('burnplan diff on virtual discs', () => {
  it('a blank disc: every session to burn, exit 0, and 2 with --detailed-exitcode', async () => {
    const p = await project({ sessions: [{ label: 'One' }, { label: 'Two' }] });
    const { json, exitCode } = await diffJson([p.plan]);
    expect(exitCode).toBe(0);
    expect(outcomes(json)).toEqual([
      [1, 'One', 'to-burn'],
      [2, 'Two', 'to-burn'],
    ]);
    expect(json.sessions[0]).toMatchObject({ landing_lba: 32, landing_exact: true, size_exact: true });
    expect(json.sessions[1]).toMatchObject({ size_exact: false });
    expect(json.summary).toMatchObject({ changes: true, sessions_to_burn: 2 });
    const detailed = await runBurnplan(['diff', p.plan, '--detailed-exitcode']);
    expect(detailed.exitCode).toBe(2);
  });

  it('the text table aligns a wide-character label with the others, and prints nothing else on stderr', async () => {
    const p = await project({ sessions: [{ label: '東京' }, { label: 'Two' }] });
    const { stdout, stderr, exitCode } = await runBurnplan(['diff', p.plan]);
    expect(exitCode).toBe(0);
    expect(stderr).toBe('');
    const rows = stdout.split('\n').filter((line) => /^\s+\+\s+\d/.test(line));
    // the status column starts at the same terminal column: 東京 takes four, as Two takes three plus a pad
    const columnOf = (line: string) => line.indexOf('to burn') + (line.includes('東京') ? 2 : 0);
    expect(rows).toHaveLength(2);
    expect(columnOf(rows[0]!)).toBe(columnOf(rows[1]!));
  });

  it('in sync after its own commands ran: nothing to do, exit 0 even with --detailed-exitcode', async () => {
    const p = await project({ sessions: [{ label: 'One' }, { label: 'Two' }, { label: 'Three' }] });
    for (let i = 0; i < 3; i++) await runDiffActions([p.plan], { limit: 1 });
    const { json } = await diffJson([p.plan]);
    expect(outcomes(json).map((o: any) => o[2])).toEqual(['in-sync', 'in-sync', 'in-sync']);
    expect(json.actions).toEqual([]);
    expect(json.summary.changes).toBe(false);
    const text = await runBurnplan(['diff', p.plan, '--detailed-exitcode']);
    expect(text.exitCode).toBe(0);
    expect(text.stdout).toContain('No changes: the disc matches the plan.');
  });

  it('one missing, then many missing: the first lands exactly where xorriso then writes it', async () => {
    const p = await project({ sessions: [{ label: 'A' }, { label: 'B' }, { label: 'C' }, { label: 'D' }, { label: 'E' }] });
    await runDiffActions([p.plan], { limit: 1 });
    const { json } = await diffJson([p.plan]);
    expect(outcomes(json).map((o: any) => o[2])).toEqual(['in-sync', 'to-burn', 'to-burn', 'to-burn', 'to-burn']);
    const landing = json.sessions[1].landing_lba;
    await runDiffActions([p.plan], { limit: 1 });
    const status = JSON.parse((await runBurnplan(['status', p.plan, '--json'])).stdout);
    expect(status.sessions[1].start_lba).toBe(landing);
    expect(status.sessions[1].iso9660.volume_id).toBe('B');
  });

  it('the wrong disc: another disc id', async () => {
    const p = await project({ id: 'disc-one', sessions: [{ label: 'A' }, { label: 'B' }] });
    await runDiffActions([p.plan], { limit: 1 });
    await writeFile(p.plan, (await readFile(p.plan, 'utf8')).replace('id: disc-one', 'id: disc-two'));
    const { json, exitCode } = await diffJson([p.plan]);
    expect(exitCode).toBe(1);
    expect(conflictCodes(json)).toEqual(['wrong-disc']);
    expect(json.actions).toEqual([]);
  });

  it('a label mismatch, and a session burned by hand with the planned label is adopted', async () => {
    const p = await project({ sessions: [{ label: 'Expected' }, { label: 'Next' }] });
    await buildVirtualDisc(p.dir, 'disc.iso', [{ label: 'Other', files: { 'x.txt': 'x' } }]);
    expect(conflictCodes((await diffJson([p.plan])).json)).toEqual(['label-mismatch']);
    const q = await project({ sessions: [{ label: 'Expected' }, { label: 'Next' }] });
    await buildVirtualDisc(q.dir, 'disc.iso', [{ label: 'Expected', files: { 'x.txt': 'x' } }]);
    const { json } = await diffJson([q.plan]);
    expect(outcomes(json).map((o: any) => o[2])).toEqual(['adopted', 'to-burn']);
    expect(json.warnings.map((w: any) => w.code)).toEqual(['adopted']);
  });

  it('a session on the disc that the plan does not list', async () => {
    const p = await project({ sessions: [{ label: 'A' }] });
    await buildVirtualDisc(p.dir, 'disc.iso', [
      { label: 'A', files: { 'a.txt': 'a' } },
      { label: 'Surprise', files: { 'b.txt': 'b' } },
    ]);
    const { json } = await diffJson([p.plan]);
    expect(outcomes(json)).toEqual([
      [1, 'A', 'adopted'],
      [2, 'Surprise', 'extra'],
    ]);
    expect(conflictCodes(json)).toEqual(['extra-sessions']);
  });

  it('a new session that would drop the Joliet names the disc has', async () => {
    const p = await project({ sessions: [{ label: 'A', joliet: false }, { label: 'B', joliet: false }] });
    await buildVirtualDisc(p.dir, 'disc.iso', [{ label: 'A', files: { 'a.txt': 'a' } }]);
    const { json } = await diffJson([p.plan]);
    expect(conflictCodes(json)).toEqual(['drops-joliet']);
  });

  it('drift: a source changed after its session was burned', async () => {
    const p = await project({ sessions: [{ label: 'A' }] });
    await runDiffActions([p.plan]);
    const file = path.join(p.dir, 'data/A/A.txt');
    await writeFile(file, 'changed content, longer than before\n');
    const { json, exitCode } = await diffJson([p.plan]);
    expect(exitCode).toBe(0);
    expect(outcomes(json)).toEqual([[1, 'A', 'drift']]);
    expect(json.warnings.map((w: any) => w.code)).toEqual(['drift']);
    // the summary and the JSON say what drifted; --expect-no-changes fails on it (for CI)
    expect(json.summary.drifted_sessions).toEqual([1]);
    const text = await runBurnplan(['diff', p.plan]);
    expect(text.stdout).toContain('Nothing to burn, but the plan has drifted from the disc: session 1 was burned from other files than the plan lists now');
    expect(text.stdout).not.toContain('No changes');
    const strict = await runBurnplan(['diff', p.plan, '--expect-no-changes']);
    expect(strict.exitCode).toBe(1);
    expect(strict.stderr.trim()).toBe(`${p.plan}: the plan has drifted from the disc: session 1 was burned from other files than it lists now (--expect-no-changes)`);
    // a touch alone (same size, new time) is a change too
    const q = await project({ sessions: [{ label: 'B' }] });
    await runDiffActions([q.plan]);
    await utimes(path.join(q.dir, 'data/B/B.txt'), new Date(), new Date(Date.now() + 10_000));
    expect(outcomes((await diffJson([q.plan])).json)).toEqual([[1, 'B', 'drift']]);
  });

  it('--expect-no-changes: 0 when the disc holds the plan, 1 naming what would be burned', async () => {
    const p = await project({ sessions: [{ label: 'A' }, { label: 'B' }] });
    const before = await runBurnplan(['diff', p.plan, '--expect-no-changes']);
    expect(before.exitCode).toBe(1);
    expect(before.stderr.trim()).toBe(`${p.plan}: 2 sessions to burn (--expect-no-changes)`);
    await runDiffActions([p.plan]);
    expect((await runBurnplan(['diff', p.plan, '--expect-no-changes'])).exitCode).toBe(0);
  });

  it('a plan without sessions: an empty table and nothing to do, no internal error', async () => {
    const p = await project({ sessions: [] });
    for (const command of [['diff'], ['apply', '--yes']]) {
      const result = await runBurnplan([...command, p.plan]);
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain('(the plan lists no sessions)');
      expect(result.stdout).toContain('No changes');
      expect(result.exitCode).toBe(0);
    }
  });

  it('is read-only: the virtual disc is byte-identical afterwards, and a blank one is not created', async () => {
    const p = await project({ sessions: [{ label: 'A' }, { label: 'B' }] });
    await diffJson([p.plan]);
    await expect(readFile(p.disc)).rejects.toThrow('ENOENT');
    await runDiffActions([p.plan], { limit: 1 });
    const before = await sha256(p.disc);
    await runBurnplan(['diff', p.plan, '--show-commands']);
    await diffJson([p.plan]);
    expect(await sha256(p.disc)).toBe(before);
  });

  it('prints the exact commands with --show-commands, and the irreversible close stands out', async () => {
    const p = await project({ sessions: [{ label: 'A' }], finalize: 'close' });
    const result = await runBurnplan(['diff', p.plan, '--show-commands']);
    expect(result.stdout).toMatch(/\$ \S*xorriso -abort_on FAILURE -md5 on -dev stdio:\S+disc\.iso .*-volid A -volset_id test-disc -application_id 'BURNPLAN\/1 [0-9A-F]{20}' -map \S+\/data\/A \/A -close off -commit/);
    expect(result.stdout).toContain('a virtual disc cannot be closed');
  });

  it('saves the result bound to the disc with --out', async () => {
    const p = await project({ sessions: [{ label: 'A' }, { label: 'B' }] });
    await runDiffActions([p.plan], { limit: 1 });
    const out = path.join(p.dir, 'saved.json');
    const result = await runBurnplan(['diff', p.plan, '--out', out]);
    expect(result.exitCode).toBe(0);
    const saved = JSON.parse(await readFile(out, 'utf8'));
    expect(saved.format).toBe('burnplan-saved-diff/1');
    expect(saved.discState).toMatchObject({ status: 'appendable', sessionCount: 1, labels: ['A'] });
    expect(saved.plannedFingerprints).toHaveLength(2);
    expect(saved.result.actions).toHaveLength(1);
    // the plan is named relative to the saved file: it applies from any working folder
    expect(saved.plan).toBe('plan.yaml');
    const applied = await runBurnplan(['apply', out, '--yes'], { cwd: '/' });
    expect(applied.stdout).toContain('data read back intact');
    expect(applied.exitCode).toBe(0);
  });

  it('refuses an invalid plan in one line per problem, no stack trace', async () => {
    const p = await project({ sessions: [{ label: 'A' }] });
    await writeFile(p.plan, (await readFile(p.plan, 'utf8')).replace('backend: xorriso', 'backend: xorrisso'));
    const result = await runBurnplan(['diff', p.plan]);
    expect(result.exitCode).toBe(1);
    expect(hasStackTrace(result.stderr)).toBe(false);
    expect(result.stderr).toMatch(/plan\.yaml:5:12: error: backend must be one of auto, xorriso, cdrecord \(got "xorrisso"\); did you mean "xorriso"\?/);
  });
});
