// burnplan recover on a xorriso virtual disc of two sessions: the first without recovery data,
// the second with PAR2 files made by par2 and burned as apply lays them out (/.burnplan/). The
// damage is written into the image at the files' own sectors, slice by slice.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, open, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { readSessionFiles } from '../../src/disc/iso9660/read-directory-tree.js';
import { makeRecovery, type LocalRecoveryFile } from '../../src/recovery/make-recovery.js';
import { planRecovery, type RecoveryLayout } from '../../src/recovery/recovery-layout.js';
import { hasProgram } from '../../src/tools/programs.js';
import { hasStackTrace, REPO_ROOT, runBurnplan } from '../helpers/run-burnplan.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

const SECTOR = 2048;
const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(path.join(REPO_ROOT, 'schemas/recover-output.schema.json'), 'utf8')));

// disc path → size, session 2 (with recovery data)
const SESSION_2: Record<string, number> = {
  'photos/beach.jpg': 300_000,
  'photos/it is $(here).bin': 123_457,
  'photos/deep/-n1.bin': 50_000,
  'docs/letter.txt': 700,
  'docs/empty.txt': 0,
};

interface Project {
  dir: string;
  plan: string;
  image: string;
  layout: RecoveryLayout<LocalRecoveryFile>;
  session2Lba: number;
}

async function commit(image: string, args: string[]): Promise<number> {
  const result = await execa('xorriso', ['-dev', `stdio:${image}`, '-md5', 'on', '-joliet', 'on', '-rockridge', 'on', ...args, '-commit'], { all: true });
  const at = /Written to medium : \d+ sectors at LBA (\d+)/.exec(result.all ?? '');
  if (!at) throw new Error(`xorriso did not say where it wrote:\n${result.all}`);
  return Number(at[1]);
}

async function project(): Promise<Project> {
  const dir = await tempDir();
  await writeTree(dir, { 'first/old/notes.txt': 'the first session\n', 'first/old/big.bin': randomBytes(40_000) });
  const files: LocalRecoveryFile[] = [];
  for (const [discPath, size] of Object.entries(SESSION_2)) {
    const sourcePath = path.join(dir, 'second', discPath);
    await mkdir(path.dirname(sourcePath), { recursive: true });
    await writeFile(sourcePath, randomBytes(size));
    files.push({ discPath, size, sourcePath });
  }
  const layout = planRecovery(files, 5, 2);
  const par2Dir = path.join(dir, 'par2');
  const written = await makeRecovery(layout, par2Dir, { workDir: dir });
  const image = path.join(dir, 'disc.iso');
  await commit(image, ['-volid', 'Old', '-map', path.join(dir, 'first'), '/']);
  const session2Lba = await commit(image, ['-volid', 'Photos', '-map', path.join(dir, 'second'), '/', ...written.flatMap((w) => ['-map', w.path, `/.burnplan/${w.name}`])]);
  const plan = path.join(dir, 'plan.yaml');
  await writeFile(
    plan,
    'version: 1\ndisc:\n  id: recover-test\n  device: stdio:./disc.iso\n  backend: xorriso\nsessions:\n  - label: Old\n    files: [{ source: ./first/old, target: /old }]\n  - label: Photos\n    files: [{ source: ./second/photos, target: /photos }, { source: ./second/docs, target: /docs }]\n',
  );
  return { dir, plan, image, layout, session2Lba };
}

/** Overwrites the first sector of `count` distinct slices of the covered files, spread over all of them. */
async function damageSlices(p: Project, count: number): Promise<string[]> {
  const { files } = await readSessionFiles(p.image, p.session2Lba);
  const byPath = new Map(files.map((f) => [f.path, f]));
  const slices = p.layout.coveredFiles.flatMap((file) => Array.from({ length: Math.ceil(file.size / p.layout.blockSize) }, (_, i) => ({ file, offset: i * p.layout.blockSize })));
  const step = slices.length / count;
  const chosen = Array.from({ length: count }, (_, i) => slices[Math.floor(i * step)]!);
  expect(new Set(chosen).size).toBe(count);
  const handle = await open(p.image, 'r+');
  for (const { file, offset } of chosen) {
    const extent = byPath.get(`/${file.discPath}`)!.extents[0]!;
    expect(extent.length).toBe(file.size);
    const length = Math.min(SECTOR, file.size - offset);
    const old = Buffer.alloc(length);
    await handle.read(old, 0, length, extent.lba * SECTOR + offset);
    await handle.write(Buffer.from(old.map((b) => b ^ 0x5a)), 0, length, extent.lba * SECTOR + offset);
  }
  await handle.close();
  return [...new Set(chosen.map((c) => `/${c.file.discPath}`))];
}

async function recover(p: Project, out: string, ...args: string[]) {
  const result = await runBurnplan(['recover', p.plan, '--out', out, ...args]);
  expect(hasStackTrace(result.stderr), result.stderr).toBe(false);
  return result;
}

async function recoverJson(p: Project, out: string, ...args: string[]) {
  const result = await recover(p, out, ...args, '--json');
  const json = JSON.parse(result.stdout);
  validate(json);
  expect(validate.errors ?? [], result.stdout).toEqual([]);
  return { ...result, json };
}

/** Every file below `root`, relative, sorted. */
async function listTree(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => !e.isDirectory()).map((e) => path.relative(root, path.join(e.parentPath, e.name))).sort();
}

async function sameAsSources(p: Project, out: string, discPath: string): Promise<boolean> {
  return (await readFile(path.join(out, discPath))).equals(await readFile(path.join(p.dir, 'second', discPath)));
}

describe.skipIf(!hasProgram('par2'))('burnplan recover on a xorriso virtual disc', () => {
  it('an intact disc: every file of the session intact, nothing else written, par2 not needed, exit 0', async () => {
    const p = await project();
    const out = path.join(p.dir, 'out');
    const { exitCode, json } = await recoverJson(p, out, '--session', '2');
    expect(exitCode).toBe(0);
    expect(json).toMatchObject({ ok: true, session: 2, label: 'Photos', checksums: 'xorriso-md5', disc_id: 'recover-test', out_dir: out });
    expect(json.repair).toEqual({ state: 'not-needed', par2_files: p.layout.outputFiles.map((f) => f.name), note: null });
    expect(json.counts).toEqual({ intact: 5, repaired: 0, lost: 0, unchecked: 0 });
    expect(json.bad_sectors).toEqual({ count: 0, lbas: [] });
    // the first session's files and burnplan's own are not the session's
    expect(await listTree(out)).toEqual(Object.keys(SESSION_2).sort());
    for (const discPath of Object.keys(SESSION_2)) expect(await sameAsSources(p, out, discPath), discPath).toBe(true);

    const text = await recover(p, path.join(p.dir, 'out-text'), '-s', '2');
    expect(text.exitCode).toBe(0);
    expect(text.stdout).toContain('✓ 5 files intact');
    expect(text.stdout).toContain('Recovery data present, not needed');
    expect(text.stdout).toMatch(/5 files \(.* read\): 5 intact\.\n$/);
  });

  it('R damaged sectors in distinct slices: par2 repairs them, every file byte-identical to its source, no backups left, exit 0', async () => {
    const p = await project();
    const damaged = await damageSlices(p, p.layout.recoveryBlockCount);
    expect(damaged.length).toBeGreaterThan(1);
    const out = path.join(p.dir, 'out');
    const { exitCode, json, stderr } = await recoverJson(p, out, '--session', '2');
    expect(exitCode, stderr).toBe(0);
    expect(json.repair.state).toBe('repaired');
    const outcomes = Object.fromEntries(json.files.map((f: { path: string; outcome: string }) => [f.path, f.outcome]));
    for (const discPath of Object.keys(SESSION_2)) expect(outcomes[`/${discPath}`], discPath).toBe(damaged.includes(`/${discPath}`) ? 'repaired' : 'intact');
    expect(await listTree(out)).toEqual(Object.keys(SESSION_2).sort());
    for (const discPath of Object.keys(SESSION_2)) expect(await sameAsSources(p, out, discPath), discPath).toBe(true);

    const text = await recover(p, path.join(p.dir, 'out-text'), '-s', '2');
    expect(text.exitCode).toBe(0);
    for (const discPath of damaged) expect(text.stdout).toContain(`✓ repaired  ${discPath}`);
    expect(text.stdout).toContain('par2 repaired the damaged files');
  });

  it('R+1 damaged slices: the lost files are named, their damaged copies kept, exit 1', async () => {
    const p = await project();
    const damaged = await damageSlices(p, p.layout.recoveryBlockCount + 1);
    const out = path.join(p.dir, 'out');
    const { exitCode, json } = await recoverJson(p, out, '--session', '2');
    expect(exitCode).toBe(1);
    expect(json.ok).toBe(false);
    expect(json.repair.state).toBe('not-possible');
    expect(json.repair.note).toMatch(/^par2: You need 1 more recovery/);
    const lost = json.files.filter((f: { outcome: string }) => f.outcome === 'lost').map((f: { path: string }) => f.path);
    expect(lost.sort()).toEqual([...damaged].sort());
    expect(json.counts.intact).toBe(5 - damaged.length);
    expect(await listTree(out)).toEqual(Object.keys(SESSION_2).sort());

    const text = await recover(p, path.join(p.dir, 'out-text'), '-s', '2');
    expect(text.exitCode).toBe(1);
    for (const discPath of damaged) expect(text.stdout).toContain(`✗ lost  ${discPath}  (the damaged copy is kept)`);
    expect(text.stdout).toContain('The repair is not possible: par2: You need 1 more recovery blocks to be able to repair.');
  });

  it('refuses a folder that is not empty, and writes nothing', async () => {
    const p = await project();
    const out = path.join(p.dir, 'busy');
    await writeTree(out, { 'mine.txt': 'keep me\n' });
    const result = await recover(p, out, '--session', '2');
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe(`${out}: the folder is not empty (1 entry): give a new or empty folder\n`);
    expect(result.stdout).toBe('');
    expect(await listTree(out)).toEqual(['mine.txt']);
    expect(await readFile(path.join(out, 'mine.txt'), 'utf8')).toBe('keep me\n');
  });

  it('a session without recovery data: its files are copied and checked, and recover says there is none', async () => {
    const p = await project();
    const out = path.join(p.dir, 'out');
    const { exitCode, json } = await recoverJson(p, out, '--session', '1');
    expect(exitCode).toBe(0);
    expect(json.repair).toMatchObject({ state: 'none', par2_files: [] });
    expect(json.counts).toEqual({ intact: 2, repaired: 0, lost: 0, unchecked: 0 });
    expect(await listTree(out)).toEqual(['old/big.bin', 'old/notes.txt']);
    expect(await readFile(path.join(out, 'old/notes.txt'), 'utf8')).toBe('the first session\n');
    const text = await recover(p, path.join(p.dir, 'out-text'), '-s', '1');
    expect(text.stdout).toContain('No recovery data: the session carries no recovery data (no PAR2 files in /.burnplan/); the files were copied as read.');
  });

  it('refuses a session the disc does not have, before writing anything', async () => {
    const p = await project();
    const out = path.join(p.dir, 'out');
    const result = await recover(p, out, '--session', '3');
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe('--session must be a session of the disc, 1 to 2 (got "3")\n');
    await expect(readdir(out)).rejects.toThrow();
  });
});
