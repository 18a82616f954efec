// A run reads each source tree once: the walks are counted on the real walker, wrapped, so that
// a second walk (the lint's, then the manifests') shows as a second call.
import { mkdir, realpath, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { checkPlanFile, loadPlan, loadPlanAndScan, PlanInvalidError } from '../../../src/plan/check-plan.js';
import { scanSession } from '../../../src/sources/session-manifest.js';
import { walkSource } from '../../../src/sources/walk-source.js';
import { planWith } from '../../helpers/check-plan-text.js';
import { tempDir, writeTree } from '../../helpers/temp-dir.js';

vi.mock('../../../src/sources/walk-source.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/sources/walk-source.js')>();
  return { ...original, walkSource: vi.fn(original.walkSource) };
});

/** Each walk as "source (hidden files, excludes)", sorted: the call order follows the timing. */
function walksMade(): string[] {
  return vi
    .mocked(walkSource)
    .mock.calls.map(([source, options]) => `${source} (${options.hiddenFiles}, [${options.exclude.map((g) => g.pattern).join(' ')}])`)
    .sort();
}

const SESSIONS = [
  '  - label: A',
  '    files: [./a, { source: ./b, target: /b }]',
  '  - label: B',
  '    files: [./a]',
  '  - label: C',
  '    files: [./a]',
  '    hiddenFiles: exclude',
  '  - label: D',
  '    files: [{ source: ./link, target: /again }]',
  '  - label: E',
  '    files: [./a, ./gone]',
  '    exclude: ["*.tmp"]',
  '',
].join('\n');

/** Folders with hidden, excluded, nested and linked entries, and a plan of five sessions over them. */
async function planOverSharedSources(): Promise<{ dir: string; file: string }> {
  const dir = await realpath(await tempDir());
  await writeTree(dir, { 'a/x.txt': 'x', 'a/.hidden': 'h', 'a/sub/y.tmp': 'y', 'a/sub/z.txt': 'z', 'b/only-b.txt': 'b' });
  await mkdir(path.join(dir, 'a/empty'));
  await symlink('x.txt', path.join(dir, 'a/to-x'));
  await symlink('a', path.join(dir, 'link'));
  const file = path.join(dir, 'plan.yaml');
  await writeFile(file, planWith(SESSIONS));
  return { dir, file };
}

beforeEach(() => {
  vi.mocked(walkSource).mockClear();
});

describe('loadPlanAndScan', () => {
  it('walks each distinct source once, for the lint and the manifests together', async () => {
    const { dir, file } = await planOverSharedSources();
    await loadPlanAndScan(file);
    expect(walksMade()).toEqual([
      `${dir}/a (exclude, [])`,
      `${dir}/a (include, [*.tmp])`,
      `${dir}/a (include, [])`,
      `${dir}/b (include, [])`,
      `${dir}/gone (include, [*.tmp])`,
    ]);
  });

  it("gives each session's manifest exactly as scanSession finds it", async () => {
    const { file } = await planOverSharedSources();
    const { plan, scan } = await loadPlanAndScan(file);
    const scanned = [];
    for (const session of plan.sessions) scanned.push(await scanSession(session));
    expect(scan.manifests).toHaveLength(5);
    expect(scan.manifests).toEqual(scanned);
    expect(JSON.stringify(scan.manifests)).toBe(JSON.stringify(scanned));
    expect(scan.manifests[3]!.sources).toEqual([path.join(path.dirname(file), 'a')]);
    expect(scan.manifests[4]!.missingSources).toEqual([path.join(path.dirname(file), 'gone')]);
  });

  it('gives the same plan as loadPlan, and refuses an invalid plan as loadPlan does', async () => {
    const { dir, file } = await planOverSharedSources();
    expect((await loadPlanAndScan(file)).plan).toEqual(await loadPlan(file));
    await writeFile(path.join(dir, 'bad.yaml'), planWith('  - label: A\n    files: [./a]\n    exclude: ["[abc"]\n'));
    await expect(loadPlanAndScan(path.join(dir, 'bad.yaml'))).rejects.toThrow(PlanInvalidError);
    await expect(loadPlanAndScan(path.join(dir, 'bad.yaml'))).rejects.toThrow(/exclude pattern "\[abc" is not a valid glob/);
  });
});

describe('checkPlanFile', () => {
  it('lints the sources on one walk of each, and hands back that scan', async () => {
    const { file } = await planOverSharedSources();
    const check = await checkPlanFile(file);
    expect(walksMade()).toHaveLength(5);
    expect(check.findings.map((f) => f.rule)).toEqual(['lint/source-missing']);
    expect(check.scan?.manifests).toHaveLength(5);
  });

  it("gives scanSession's manifests on a plan with errors too: a name that is not UTF-8 is a problem, where the link leads", async () => {
    const { dir, file } = await planOverSharedSources();
    await writeFile(Buffer.from(path.join(dir, 'a/caf\xe9'), 'latin1'), 'c');
    const check = await checkPlanFile(file);
    expect(check.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(Array(5).fill('lint/source-unreadable'));
    const scanned = [];
    for (const session of check.plan!.sessions) scanned.push(await scanSession(session));
    expect(check.scan?.manifests).toEqual(scanned);
    expect(check.scan?.manifests[3]!.problems[0]).toMatch(new RegExp(`^${dir}/a/caf\u00e9: its name is not UTF-8`));
  });

  it('walks nothing when the sources are not checked', async () => {
    const { file } = await planOverSharedSources();
    const check = await checkPlanFile(file, { sources: false });
    expect(walksMade()).toEqual([]);
    expect(check.scan).toBeUndefined();
    expect(check.findings).toEqual([]);
  });
});
