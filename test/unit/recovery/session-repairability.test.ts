// Whether a session's recovery data can repair it, on sets the real par2 made, laid into an image
// sector by sector as on a disc: the counts are checked against what `par2 verify` says of the
// same bytes copied out.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import type { SessionFile } from '../../../src/disc/iso9660/read-directory-tree.js';
import { makeRecovery } from '../../../src/recovery/make-recovery.js';
import { planRecovery } from '../../../src/recovery/recovery-layout.js';
import {
  discPathOfStoredName,
  intactRepairability,
  recoveryFilesOf,
  recoverySlicesInName,
  sessionRepairability,
  type RepairabilityInput,
} from '../../../src/recovery/session-repairability.js';
import { hasProgram } from '../../../src/tools/programs.js';
import { tempDir } from '../../helpers/temp-dir.js';

const SECTOR = 2048;
const TREE: Record<string, number> = { 'photos/a.jpg': 100_000, 'b.bin': 50_001, x: 1, 'empty.txt': 0 };

/** The session's files and its PAR2 files laid into one image, each from a sector of its own. */
async function makeSession(percent = 10) {
  const dir = await tempDir();
  const contents = new Map<string, Buffer>();
  const files = await Promise.all(
    Object.entries(TREE).map(async ([discPath, size], i) => {
      const bytes = randomBytes(size);
      contents.set(`/${discPath}`, bytes);
      const sourcePath = path.join(dir, `source-${i}`);
      await writeFile(sourcePath, bytes);
      return { discPath, size, sourcePath };
    }),
  );
  const layout = planRecovery(files, percent, 1);
  const written = await makeRecovery(layout, path.join(dir, 'par2'), { workDir: dir });
  for (const w of written) contents.set(`/.burnplan/${w.name}`, await readFile(w.path));
  const image = path.join(dir, 'disc.iso');
  const tree: SessionFile[] = [];
  const parts: Buffer[] = [Buffer.alloc(16 * SECTOR)];
  let lba = 16;
  for (const [discPath, bytes] of contents) {
    const sectors = Math.ceil(bytes.length / SECTOR);
    tree.push({ path: discPath, size: bytes.length, extents: bytes.length === 0 ? [] : [{ lba, length: bytes.length }] });
    parts.push(bytes, Buffer.alloc(sectors * SECTOR - bytes.length));
    lba += sectors;
  }
  await writeFile(image, Buffer.concat(parts));
  const byPath = new Map(tree.map((f) => [f.path, f]));
  const par2Files = recoveryFilesOf(tree, 1);
  return { dir, image, layout, tree, byPath, par2Files, contents };
}

type Session = Awaited<ReturnType<typeof makeSession>>;

/** Flips the first byte of `count` distinct slices, spread over the covered files; returns the disc path of each. */
async function damageSlices(session: Session, count: number): Promise<string[]> {
  const { layout, byPath, image } = session;
  const slices = layout.coveredFiles.flatMap((file) => Array.from({ length: Math.ceil(file.size / layout.blockSize) }, (_, i) => ({ path: `/${file.discPath}`, offset: i * layout.blockSize })));
  const step = slices.length / count;
  const chosen = Array.from({ length: count }, (_, i) => slices[Math.floor(i * step)]!);
  for (const { path: discPath, offset } of chosen) await flip(image, byPath.get(discPath)!.extents[0]!.lba * SECTOR + offset);
  return chosen.map((c) => c.path);
}

async function flip(image: string, at: number): Promise<void> {
  const handle = await open(image, 'r+');
  const byte = Buffer.alloc(1);
  await handle.read(byte, 0, 1, at);
  await handle.write(Buffer.from([byte[0]! ^ 0xff]), 0, 1, at);
  await handle.close();
}

/** What par2 itself says of the image's files copied out at their disc paths. */
async function par2Verdict(session: Session, skip: ReadonlySet<string> = new Set()) {
  const out = path.join(session.dir, `copy-${Math.random().toString(36).slice(2)}`);
  const image = await readFile(session.image);
  for (const file of session.tree) {
    if (skip.has(file.path)) continue;
    const target = path.join(out, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    const at = file.extents[0]?.lba ?? 0;
    await writeFile(target, image.subarray(at * SECTOR, at * SECTOR + file.size));
  }
  const run = await execa('par2', ['verify', `-B${out}`, '--', path.join(out, '.burnplan', 'session-01.par2')], { reject: false, stdin: 'ignore' });
  const stdout = String(run.stdout);
  const blocks = /You have (\d+) out of (\d+) data blocks available/.exec(stdout);
  const recovery = /You have (\d+) recovery blocks available/.exec(stdout);
  return {
    slicesDamaged: blocks ? Number(blocks[2]) - Number(blocks[1]) : 0,
    recoverySlices: recovery ? Number(recovery[1]) : undefined,
    repairable: !stdout.includes('Repair is not possible'),
    stdout,
  };
}

function input(session: Session, suspect: Iterable<string>): RepairabilityInput {
  return { image: session.image, par2Files: session.par2Files, tree: session.byPath, suspect: new Set(suspect) };
}

describe('the names of a session\'s PAR2 files', () => {
  it('finds the index file first, then the vol files, of that session only', () => {
    const files = ['/.burnplan/session-02.vol00+10.par2', '/.burnplan/session-01.par2', '/.burnplan/session-02.par2', '/.burnplan/catalog.json', '/photos/session-02.par2', '/.burnplan/session-02.sha256'].map((p) => ({ path: p }));
    expect(recoveryFilesOf(files, 2).map((f) => f.path)).toEqual(['/.burnplan/session-02.par2', '/.burnplan/session-02.vol00+10.par2']);
    expect(recoverySlicesInName('/.burnplan/session-02.vol00+10.par2')).toBe(10);
    expect(recoverySlicesInName('/.burnplan/session-02.par2')).toBeUndefined();
  });

  it('maps the stored names to disc paths, with or without ./', () => {
    expect(discPathOfStoredName('photos/a.jpg')).toBe('/photos/a.jpg');
    expect(discPathOfStoredName('./x')).toBe('/x');
  });
});

describe.skipIf(!hasProgram('par2'))('sessionRepairability on sets the real par2 made', () => {
  it('an intact session: nothing damaged, R recovery slices of the layout\'s size; the names tell the same without reading the vol file', async () => {
    const session = await makeSession();
    expect(session.layout.storedNamePrefix).toBe('./');
    const expected = { recoverySlices: session.layout.recoveryBlockCount, slicesDamaged: 0, repairable: true, sliceBytes: session.layout.blockSize };
    expect(await sessionRepairability(input(session, []))).toEqual(expected);
    expect(intactRepairability(session.contents.get('/.burnplan/session-01.par2')!, session.par2Files)).toEqual(expected);
  });

  it('R damaged slices: repairable, as par2 says; R+1: not', async () => {
    for (const extra of [0, 1]) {
      const session = await makeSession();
      const R = session.layout.recoveryBlockCount;
      const suspect = await damageSlices(session, R + extra);
      const estimate = await sessionRepairability(input(session, suspect));
      expect(estimate).toEqual({ recoverySlices: R, slicesDamaged: R + extra, repairable: extra === 0, sliceBytes: session.layout.blockSize });
      const par2 = await par2Verdict(session);
      expect(par2, par2.stdout).toMatchObject({ slicesDamaged: R + extra, recoverySlices: R, repairable: extra === 0 });
    }
  });

  it('only the files said to be suspect are read slice by slice', async () => {
    const session = await makeSession();
    const damaged = await damageSlices(session, 6);
    const inB = damaged.filter((p) => p === '/b.bin').length;
    expect(inB).toBeGreaterThan(0);
    expect(inB).toBeLessThan(6);
    expect(await sessionRepairability(input(session, ['/b.bin']))).toMatchObject({ slicesDamaged: inB });
    expect(await sessionRepairability(input(session, damaged))).toMatchObject({ slicesDamaged: 6 });
  });

  it('a damaged vol file leaves fewer recovery slices, as par2 counts them', async () => {
    const session = await makeSession();
    const R = session.layout.recoveryBlockCount;
    const vol = session.par2Files[1]!;
    const bytes = session.contents.get(vol.path)!;
    // the middle of the first recovery packet's slice data, and of the last one's
    const first = bytes.indexOf('PAR 2.0\0RecvSlic');
    const last = bytes.lastIndexOf('PAR 2.0\0RecvSlic');
    for (const at of [first + 1000, last + 1000]) await flip(session.image, vol.extents[0]!.lba * SECTOR + at);
    const suspect = await damageSlices(session, R - 2);
    expect(await sessionRepairability(input(session, [...suspect, vol.path]))).toEqual({ recoverySlices: R - 2, slicesDamaged: R - 2, repairable: true, sliceBytes: session.layout.blockSize });
    expect(await par2Verdict(session)).toMatchObject({ recoverySlices: R - 2, slicesDamaged: R - 2, repairable: true });
  });

  it('a covered file missing from the tree counts all its slices', async () => {
    const session = await makeSession();
    session.byPath.delete('/b.bin');
    const slices = Math.ceil(TREE['b.bin']! / session.layout.blockSize);
    expect(await sessionRepairability(input(session, []))).toMatchObject({ slicesDamaged: slices, repairable: slices <= session.layout.recoveryBlockCount });
    expect(await par2Verdict(session, new Set(['/b.bin']))).toMatchObject({ slicesDamaged: slices });
  });

  it('a file cut short by the end of the image: the slices past the end are damaged', async () => {
    const session = await makeSession();
    const big = session.byPath.get('/photos/a.jpg')!;
    // a copy of a.jpg's record whose data runs past the end of the image
    const imageBytes = (await readFile(session.image)).length;
    const startLba = imageBytes / SECTOR - 10;
    session.byPath.set('/photos/a.jpg', { ...big, extents: [{ lba: startLba, length: big.size }] });
    const estimate = await sessionRepairability(input(session, ['/photos/a.jpg']));
    // none of the shifted slices match, whatever was read
    expect(estimate).toMatchObject({ slicesDamaged: Math.ceil(big.size / session.layout.blockSize), repairable: false });
  });

  it('no PAR2 files, or PAR2 files that hold nothing intact: it cannot tell', async () => {
    const session = await makeSession();
    expect(await sessionRepairability({ ...input(session, []), par2Files: [] })).toEqual({ unknown: 'it carries no recovery data' });
    const garbage = new Map(session.par2Files.map((f) => [f.path, randomBytes(f.size)]));
    expect(await sessionRepairability({ ...input(session, []), alreadyRead: garbage })).toEqual({ unknown: 'its PAR2 files are unreadable (no intact PAR2 packet)' });
    expect(intactRepairability(randomBytes(100), session.par2Files)).toEqual({ unknown: 'its PAR2 index file is unreadable (no intact PAR2 packet)' });
  });
});
