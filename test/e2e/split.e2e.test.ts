// burnplan split with the real tools: a folder bigger than one (small, --capacity) disc becomes
// a set plan that validates; each disc burns on a virtual disc with xorriso, verifies, takes no
// second burn, and measures no more than split promised. Then the inputs split must refuse.
import { readFileSync } from 'node:fs';
import { access, chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, REPO_ROOT, runBurnplan } from '../helpers/run-burnplan.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

const KiB = 1024;
const bytes = (size: number, seed: number) => Buffer.alloc(size, seed);
const validateJson = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(path.join(REPO_ROOT, 'schemas/split-output.schema.json'), 'utf8')));
const exists = (file: string) => access(file).then(() => true, () => false);

async function project(files: Record<string, string | Buffer>) {
  const dir = await tempDir();
  await writeTree(dir, files);
  return { dir, run: (...args: string[]) => runBurnplan(args, { cwd: dir }) };
}

const PHOTOS = {
  'photos/2024/a.jpg': bytes(700 * KiB, 1),
  'photos/2024/b.jpg': bytes(600 * KiB, 2),
  'photos/2025/c d.jpg': bytes(900 * KiB, 3),
  'photos/2025/ünïcødé/e.jpg': bytes(500 * KiB, 4),
  'photos/2026/f.jpg': bytes(1200 * KiB, 5),
  'photos/notes.txt': 'notes\n',
  'photos/ünï cødé.txt': 'unicode\n',
  'photos/.hidden': 'hidden\n',
};

function splitDocument(stdout: string) {
  const document = JSON.parse(stdout);
  validateJson(document);
  expect(validateJson.errors ?? []).toEqual([]);
  return document as { discs: Array<{ id: string; sectors: { total: number }; files: number }>; usable_sectors: number; refused: unknown[] };
}

describe('burnplan split', () => {
  it('splits a folder bigger than a disc into a set plan whose every disc burns, verifies and fits', async () => {
    const p = await project(PHOTOS);
    const split = await p.run('split', 'photos', '--media', 'bd-r', '--capacity', '3MB', '--device', 'stdio:./discs/{id}.iso', '--out', 'photos.yaml', '--json');
    expect(split.stderr).toBe('');
    expect(split.exitCode).toBe(0);
    const decided = splitDocument(split.stdout);
    // 3.8 MiB of photos on discs of 1,464 sectors (2.9 MiB) less 5%: two, with a folder opened
    expect(decided.discs).toHaveLength(2);
    expect(decided.discs.map((d) => d.id)).toEqual(decided.discs.map((_, i) => `photos-0${i + 1}`));
    expect(decided.discs.reduce((sum, d) => sum + d.files, 0)).toBe(8);
    await mkdir(path.join(p.dir, 'discs'));

    expect(await p.run('validate', 'photos.yaml')).toMatchObject({ exitCode: 0, stdout: 'photos.yaml: valid\n' });
    for (const disc of decided.discs) {
      const diff = await p.run('diff', 'photos.yaml', '--disc', disc.id, '--json');
      expect(diff.exitCode).toBe(0);
      const measured = JSON.parse(diff.stdout).sessions[0].size_sectors as number;
      // the real session, as xorriso measures it, within what split promised and the usable room
      expect(measured).toBeLessThanOrEqual(disc.sectors.total);
      expect(disc.sectors.total).toBeLessThanOrEqual(decided.usable_sectors);
      const apply = await p.run('apply', 'photos.yaml', '--disc', disc.id, '--yes');
      expect(apply.stderr).toBe('');
      expect(apply.exitCode).toBe(0);
      const verify = await p.run('verify', 'photos.yaml', '--disc', disc.id, '--json');
      expect(verify.exitCode).toBe(0);
      expect(JSON.parse(verify.stdout).sessions.map((s: { outcome: string }) => s.outcome)).toEqual(['ok']);
      const again = await p.run('apply', 'photos.yaml', '--disc', disc.id, '--yes');
      expect(again.exitCode).toBe(0);
      expect(again.stdout).toContain('No changes: the disc matches the plan.');
    }
  });

  it('writes the plan on stdout and the summary on stderr, the same plan every time', async () => {
    const p = await project(PHOTOS);
    const first = await p.run('split', 'photos', '--media', 'bd-r', '--capacity', '3MB');
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toMatch(/^discs:\n {2}# disc 1: about \d+ sectors/m);
    expect(first.stdout).toContain('{ source: ./photos/ünï cødé.txt, target: /ünï cødé.txt }');
    expect(first.stderr).toMatch(/^photos over \d discs of BD-R \(25 GB\)/);
    expect((await p.run('split', 'photos', '--media', 'bd-r', '--capacity', '3MB')).stdout).toBe(first.stdout);
  });

  it('names the sources from the plan\'s folder, and reports refusals in --json too', async () => {
    const p = await project({ ...PHOTOS, 'photos/huge.bin': bytes(3000 * KiB, 9) });
    await mkdir(path.join(p.dir, 'plans'));
    const refused = await p.run('split', 'photos', '--media', 'bd-r', '--capacity', '3MB', '--out', 'plans/set.yaml', '--json');
    expect(refused.exitCode).toBe(1);
    const document = splitDocument(refused.stdout) as unknown as { ok: boolean; plan: null; refused: Array<{ path: string; reason: string }> };
    expect(document).toMatchObject({ ok: false, plan: null, refused: [{ path: 'huge.bin', reason: 'bigger-than-disc' }] });
    const skipped = await p.run('split', 'photos', '--media', 'bd-r', '--capacity', '3MB', '--out', 'plans/set.yaml', '--skip-too-big');
    expect(skipped.exitCode).toBe(0);
    const plan = await readFile(path.join(p.dir, 'plans/set.yaml'), 'utf8');
    expect(plan).toContain('source: ../photos/2026');
    expect(plan).toContain('# yaml-language-server: $schema=');
    expect(await p.run('validate', 'plans/set.yaml')).toMatchObject({ exitCode: 0 });
  });

  it('names each file that fits no disc, writes nothing, and leaves them out with --skip-too-big', async () => {
    const p = await project({ 'data/small.txt': 'small\n', 'data/sub/huge.bin': bytes(3000 * KiB, 7) });
    const refused = await p.run('split', 'data', '--media', 'bd-r', '--capacity', '3MB', '--out', 'plan.yaml');
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toMatch(/^data\/sub\/huge\.bin: 2\.93 MiB \(1500 sectors\) fits no disc: a BD-R \(25 GB\) of 1464 sectors leaves 1390 for one session/);
    expect(refused.stderr.trim().split('\n')).toHaveLength(2);
    expect(await exists(path.join(p.dir, 'plan.yaml'))).toBe(false);
    const skipped = await p.run('split', 'data', '--media', 'bd-r', '--capacity', '3MB', '--out', 'plan.yaml', '--skip-too-big');
    expect(skipped.exitCode).toBe(0);
    expect(skipped.stderr).toContain('data/sub/huge.bin: 2.93 MiB');
    expect(skipped.stderr).toContain('left out (--skip-too-big)');
    const plan = await readFile(path.join(p.dir, 'plan.yaml'), 'utf8');
    expect(plan).toContain('source: ./data/small.txt');
    expect(plan).not.toContain('huge');
  });

  it('refuses bad input in one line, with no stack trace and nothing written', async () => {
    const p = await project({ 'data/a.txt': 'a\n', 'plan.yaml': 'kept\n' });
    await mkdir(path.join(p.dir, 'empty/sub'), { recursive: true });
    const cases: Array<[string[], RegExp]> = [
      [['split', 'empty', '--media', 'bd-r'], /^empty holds no files: there is nothing to split$/],
      [['split', 'gone', '--media', 'bd-r'], /^gone: does not exist: there is no folder to split$/],
      [['split', 'data/a.txt', '--media', 'bd-r'], /^data\/a\.txt is not a folder/],
      [['split', 'data', '--media', 'bd-r', '--capacity', '0'], /^--capacity 0: a disc must hold at least one sector/],
      [['split', 'data', '--media', 'bd-r', '--capacity', 'lots'], /^--capacity "lots" is not a size such as 25GB/],
      [['split', 'data', '--media', 'bd-r', '--capacity', '100KB'], /^a disc of 48 sectors leaves no room for files/],
      [['split', 'data', '--media', 'bd-r', '--reserve', '100%'], /^--reserve 100%: a share of the disc must be below 100%$/],
      [['split', 'data', '--media', 'floppy'], /^--media "floppy" is not a media burnplan knows: use one of cd-r, /],
      [['split', 'data', '--media', 'bd-r', '--prefix', '-bad id'], /^--prefix "-bad id" cannot start disc ids/],
      [['split', 'data', '--media', 'bd-r', '--out', 'plan.yaml'], /^plan\.yaml exists already: choose another --out, or add --force/],
      [['split', 'data', '--media', 'bd-r', '--device', 'stdio:./data/disc.iso'], /the virtual disc .* lies inside .*: it would be burned into itself/],
    ];
    for (const [args, line] of cases) {
      const result = await p.run(...args);
      expect(result.exitCode, args.join(' ')).toBe(1);
      expect(result.stdout, args.join(' ')).toBe('');
      expect(result.stderr.trimEnd(), args.join(' ')).toMatch(line);
      expect(hasStackTrace(result.stderr)).toBe(false);
    }
    expect(await readFile(path.join(p.dir, 'plan.yaml'), 'utf8')).toBe('kept\n');
  });

  it('names the files it cannot read', async () => {
    const p = await project({ 'data/ok.txt': 'ok\n', 'data/secret/s.txt': 's\n', 'data/locked.txt': 'l\n' });
    await chmod(p.dir, 0o755);
    await chmod(path.join(p.dir, 'data/secret'), 0o700);
    await chmod(path.join(p.dir, 'data/locked.txt'), 0o600);
    const asUser = process.getuid?.() === 0 ? 65534 : undefined;
    const result = await runBurnplan(['split', 'data', '--media', 'bd-r'], { cwd: p.dir, asUser });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('data/locked.txt: permission denied: it cannot be read');
    expect(result.stderr).toContain('data/secret: permission denied: it cannot be read');
    expect(result.stderr).toMatch(/data: not split: make every entry readable/);
    await writeFile(path.join(p.dir, 'unused'), '');
  });
});
