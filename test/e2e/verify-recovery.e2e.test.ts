// burnplan verify on a session that carries PAR2 recovery data: a xorriso virtual disc burned by
// hand with the real par2's files in /.burnplan/, damaged sector by sector; what verify says can
// be repaired is checked against what `par2 verify` says of the files copied off the disc.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { formatManifest, manifestDiscPath } from '../../src/checksums/checksum-manifest.js';
import { sealedMark } from '../../src/checksums/sealed-mark.js';
import { formatMark } from '../../src/disc/burnplan-mark.js';
import { readSessionFiles } from '../../src/disc/iso9660/read-directory-tree.js';
import { makeRecovery } from '../../src/recovery/make-recovery.js';
import { planRecovery } from '../../src/recovery/recovery-layout.js';
import { hasProgram } from '../../src/tools/programs.js';
import { hasStackTrace, REPO_ROOT, runBurnplan } from '../helpers/run-burnplan.js';
import { tempDir } from '../helpers/temp-dir.js';

const SECTOR = 2048;
// disc path → size: one root file of one byte, stored by par2 as ./x
const TREE: Record<string, number> = { 'photos/a.jpg': 120_000, 'photos/b.bin': 60_001, x: 1, 'photos/empty.txt': 0 };

type Checksums = 'xorriso-md5' | 'burnplan-sha256';

/**
 * One session as apply will burn it with recovery data: xorriso's MD5s, or (as on the cdrecord
 * path) burnplan's SHA-256 file, which lists the PAR2 files too (they are made before it), sealed
 * by the session's mark.
 */
async function burnedWithRecovery(checksums: Checksums, options: { leaveOut?: string } = {}) {
  const dir = await tempDir();
  const files = await Promise.all(
    Object.entries(TREE).map(async ([discPath, size]) => {
      const sourcePath = path.join(dir, 'data', discPath);
      await mkdir(path.dirname(sourcePath), { recursive: true });
      await writeFile(sourcePath, randomBytes(size));
      return { discPath, size, sourcePath };
    }),
  );
  const layout = planRecovery(files, 10, 1);
  const written = await makeRecovery(layout, path.join(dir, 'par2'), { workDir: dir });
  const image = path.join(dir, 'disc.iso');
  const maps = written.filter((w) => w.name !== options.leaveOut).flatMap((w) => ['-map', w.path, `/.burnplan/${w.name}`]);
  const recorded = checksums === 'xorriso-md5' ? ['-md5', 'on'] : await checksumFileArgs(dir, [...files.map((f) => ({ discPath: `/${f.discPath}`, localPath: f.sourcePath })), ...written.map((w) => ({ discPath: `/.burnplan/${w.name}`, localPath: w.path }))]);
  const args = ['-dev', `stdio:${image}`, ...recorded, '-joliet', 'on', '-volid', 'Photos', '-volset_id', 'recovery-test', '-map', path.join(dir, 'data/photos'), '/photos', '-map', path.join(dir, 'data/x'), '/x', ...maps, '-commit'];
  await execa('xorriso', args, { all: true });
  const plan = path.join(dir, 'plan.yaml');
  await writeFile(plan, 'version: 1\ndisc:\n  id: recovery-test\n  device: stdio:./disc.iso\n  backend: xorriso\nsessions:\n  - label: Photos\n    files: [{ source: ./data/photos, target: /photos }, { source: ./data/x, target: /x }]\n');
  const { files: onDisc } = await readSessionFiles(image, 0, { sessionNumber: 1 });
  const byPath = new Map(onDisc.map((f) => [f.path, f]));
  return { dir, image, plan, layout, written, byPath };
}

/** The SHA-256 file of the session's files, and the mark that vouches for it. */
async function checksumFileArgs(dir: string, files: ReadonlyArray<{ discPath: string; localPath: string }>): Promise<string[]> {
  const lines = await Promise.all(files.map(async (f) => ({ discPath: f.discPath, hex: createHash('sha256').update(await readFile(f.localPath)).digest('hex') })));
  const text = formatManifest(lines);
  const local = path.join(dir, 'session-01.sha256');
  await writeFile(local, text);
  return ['-application_id', sealedMark(formatMark('0123456789ABCDEF'), text), '-map', local, manifestDiscPath(1)];
}

type Burned = Awaited<ReturnType<typeof burnedWithRecovery>>;

async function flip(image: string, at: number): Promise<void> {
  const handle = await open(image, 'r+');
  const byte = Buffer.alloc(1);
  await handle.read(byte, 0, 1, at);
  await handle.write(Buffer.from([byte[0]! ^ 0xff]), 0, 1, at);
  await handle.close();
}

/** Flips a byte of `count` distinct slices spread over the covered files. */
async function damageSlices(disc: Burned, count: number): Promise<void> {
  const { layout, byPath } = disc;
  const slices = layout.coveredFiles.flatMap((file) => Array.from({ length: Math.ceil(file.size / layout.blockSize) }, (_, i) => ({ path: `/${file.discPath}`, offset: i * layout.blockSize })));
  const step = slices.length / count;
  for (let i = 0; i < count; i++) {
    const { path: discPath, offset } = slices[Math.floor(i * step)]!;
    await flip(disc.image, byPath.get(discPath)!.extents[0]!.lba * SECTOR + offset + 7);
  }
}

/** `par2 verify` on every file of the session copied off the image at its disc path. */
async function par2Verdict(disc: Burned) {
  const out = path.join(disc.dir, `copy-${Math.random().toString(36).slice(2)}`);
  const image = await readFile(disc.image);
  for (const file of disc.byPath.values()) {
    const target = path.join(out, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    const at = (file.extents[0]?.lba ?? 0) * SECTOR;
    await writeFile(target, image.subarray(at, at + file.size));
  }
  const run = await execa('par2', ['verify', `-B${out}`, '--', path.join(out, '.burnplan/session-01.par2')], { reject: false, stdin: 'ignore' });
  const stdout = String(run.stdout);
  const blocks = /You have (\d+) out of (\d+) data blocks available/.exec(stdout);
  const recovery = /You have (\d+) recovery blocks available/.exec(stdout);
  return { slices_damaged: blocks ? Number(blocks[2]) - Number(blocks[1]) : 0, recovery_slices: recovery ? Number(recovery[1]) : undefined, repairable: !stdout.includes('Repair is not possible') };
}

const validate = new Ajv({ strict: false }).compile(JSON.parse(await readFile(path.join(REPO_ROOT, 'schemas/verify-output.schema.json'), 'utf8')));

async function verify(disc: Burned) {
  const json = await runBurnplan(['verify', disc.plan, '--json'], { cwd: disc.dir });
  const text = await runBurnplan(['verify', disc.plan], { cwd: disc.dir });
  expect(hasStackTrace(json.stderr + text.stderr)).toBe(false);
  const document = JSON.parse(json.stdout);
  expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
  expect(text.exitCode).toBe(json.exitCode);
  return { exitCode: json.exitCode, session: document.sessions[0], text: text.stdout };
}

// the SHA-256 file lists the empty file too; from xorriso's MD5s verify takes the files whose data the session wrote, and an empty one has none
const filesChecked = (checksums: Checksums) => (checksums === 'xorriso-md5' ? 3 : 4);
const par2FilesOf = (disc: Burned) => disc.written.map((w) => `/.burnplan/${w.name}`);

describe.skipIf(!hasProgram('par2')).each(['xorriso-md5', 'burnplan-sha256'] as const)('burnplan verify on a session with recovery data, checked by %s', (checksums) => {
  it('intact: ok, the PAR2 files checked apart from the plan\'s files, and a note of what the data can repair', async () => {
    const disc = await burnedWithRecovery(checksums);
    const R = disc.layout.recoveryBlockCount;
    const { exitCode, session, text } = await verify(disc);
    expect(exitCode).toBe(0);
    expect(session).toMatchObject({ outcome: 'ok', checksums, files_checked: filesChecked(checksums), damaged: [], unrecorded: [] });
    expect(session.recovery).toEqual({ files: par2FilesOf(disc), damaged: [], recovery_slices: R, slices_damaged: 0, repairable: true, slice_bytes: disc.layout.blockSize, unknown: null });
    expect(text).toContain(`carries recovery data: ${R} slices of ${disc.layout.blockSize / 1024} KiB (any ${R} damaged sectors can be repaired)`);
    // each file read once, the PAR2 files included
    const sizes = [...disc.byPath.values()].filter((f) => !f.path.endsWith('.sha256')).reduce((sum, f) => sum + f.size, 0);
    expect(session.bytes_read).toBe(sizes);
  });

  it('R damaged slices: damaged, repairable, as par2 says; the files are reported, not the PAR2 files', async () => {
    const disc = await burnedWithRecovery(checksums);
    const R = disc.layout.recoveryBlockCount;
    await damageSlices(disc, R);
    const { exitCode, session, text } = await verify(disc);
    expect(exitCode).toBe(1);
    expect(session.outcome).toBe('damaged');
    expect(session.damaged.sort()).toEqual(['/photos/a.jpg', '/photos/b.bin']);
    expect(session.recovery).toMatchObject({ damaged: [], recovery_slices: R, slices_damaged: R, repairable: true });
    expect(await par2Verdict(disc)).toEqual({ slices_damaged: R, recovery_slices: R, repairable: true });
    expect(text).toContain(`recovery data can repair it: ${R} of ${R} recovery slices needed; run burnplan recover ${disc.plan} --session 1 --out DIR`);
  });

  it('R+1 damaged slices: damaged, not repairable, as par2 says', async () => {
    const disc = await burnedWithRecovery(checksums);
    const R = disc.layout.recoveryBlockCount;
    await damageSlices(disc, R + 1);
    const { exitCode, session, text } = await verify(disc);
    expect(exitCode).toBe(1);
    expect(session.recovery).toMatchObject({ recovery_slices: R, slices_damaged: R + 1, repairable: false });
    expect(await par2Verdict(disc)).toEqual({ slices_damaged: R + 1, recovery_slices: R, repairable: false });
    expect(text).toContain(`recovery data cannot repair it: ${R + 1} slices damaged, ${R} recovery slices`);
  });

  it('the vol file damaged too: fewer recovery slices counted, and the PAR2 file reported apart', async () => {
    const disc = await burnedWithRecovery(checksums);
    const R = disc.layout.recoveryBlockCount;
    const vol = disc.byPath.get(par2FilesOf(disc)[1]!)!;
    const bytes = await readFile(disc.written[1]!.path);
    await flip(disc.image, vol.extents[0]!.lba * SECTOR + bytes.indexOf('PAR 2.0\0RecvSlic') + 500);
    await damageSlices(disc, R);
    const { session, text } = await verify(disc);
    expect(session.outcome).toBe('damaged');
    expect(session.damaged).not.toContain(vol.path);
    expect(session.files_checked).toBe(filesChecked(checksums));
    expect(session.recovery).toMatchObject({ damaged: [vol.path], recovery_slices: R - 1, slices_damaged: R, repairable: false });
    expect(await par2Verdict(disc)).toEqual({ slices_damaged: R, recovery_slices: R - 1, repairable: false });
    expect(text).toContain(`recovery data damaged: ${vol.path}`);
  });

  it('only a PAR2 file damaged: the plan\'s files are intact, the session is damaged and what is left is told', async () => {
    const disc = await burnedWithRecovery(checksums);
    const R = disc.layout.recoveryBlockCount;
    const vol = disc.byPath.get(par2FilesOf(disc)[1]!)!;
    const bytes = await readFile(disc.written[1]!.path);
    await flip(disc.image, vol.extents[0]!.lba * SECTOR + bytes.lastIndexOf('PAR 2.0\0RecvSlic') + 500);
    const { exitCode, session, text } = await verify(disc);
    expect(exitCode).toBe(1);
    expect(session).toMatchObject({ outcome: 'damaged', damaged: [], files_checked: filesChecked(checksums) });
    expect(session.recovery).toMatchObject({ damaged: [vol.path], recovery_slices: R - 1, slices_damaged: 0, repairable: true });
    expect(text).toMatch(/1 PAR2 file damaged/);
    expect(text).toContain(`recovery data left: ${R - 1} recovery slices of ${disc.layout.blockSize / 1024} KiB`);
  });
});

describe.skipIf(!hasProgram('par2'))('burnplan verify when the SHA-256 file lists a PAR2 file the disc does not hold', () => {
  it('the session is damaged, the PAR2 file reported missing apart, and what is left is told', async () => {
    const disc = await burnedWithRecovery('burnplan-sha256', { leaveOut: 'session-01.vol0+9.par2' });
    expect(disc.written[1]!.name).toBe('session-01.vol0+9.par2');
    const { exitCode, session, text } = await verify(disc);
    expect(exitCode).toBe(1);
    expect(session).toMatchObject({ outcome: 'damaged', damaged: [], missing: [], files_checked: 4 });
    expect(session.recovery).toMatchObject({ files: ['/.burnplan/session-01.par2'], damaged: ['/.burnplan/session-01.vol0+9.par2'], recovery_slices: 0, slices_damaged: 0 });
    expect(text).toContain('recovery data damaged: /.burnplan/session-01.vol0+9.par2');
  });
});
