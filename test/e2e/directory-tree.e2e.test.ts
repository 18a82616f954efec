// readSessionFiles against images the real genisoimage and xorriso write: the file list must be
// the source tree, and the bytes at each file's extents must be the file's content.
import { lstat, open, readdir, readFile, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { IsoDirectoryError, readSessionFiles } from '../../src/disc/iso9660/read-directory-tree.js';
import type { SessionFile, SessionFileList } from '../../src/disc/iso9660/read-directory-tree.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

const BLOCK = 2048;
const DEEP = 'a/b/c/d/e/f/g/h/i/j/k';

/** Names Joliet keeps too (BMP characters, at most 64 of them). */
const PORTABLE: Record<string, string | Buffer> = {
  'with space.txt': 'space',
  'quote \' and ".txt': 'quotes',
  'Grüße aus Köln.txt': 'unicode',
  '-leading dash.txt': 'dash',
  'empty.txt': '',
  'noext': 'no extension',
  [`${DEEP}/deep.txt`]: 'deep',
  [`${DEEP.slice(0, 11)}/mid.txt`]: 'middle',
  'big.bin': Buffer.alloc(300_000, 'x'),
};

/** What only Rock Ridge keeps: long names (one so long its NM entry needs a continuation area), any Unicode. */
const ROCK_RIDGE_ONLY: Record<string, string | Buffer> = {
  [`${'long name '.repeat(8)}.txt`]: 'long',
  [`${'n'.repeat(220)}.txt`]: 'longest',
  'emoji 😀.txt': 'emoji',
};

/** A source folder with `files`, many small files in one folder (a directory over several sectors) and a symlink. */
async function sourceTree(files: Record<string, string | Buffer>): Promise<string> {
  const dir = path.join(await tempDir(), 'src');
  const crowd = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`crowd/file number ${i} with a longer name.txt`, `${i}`]));
  await writeTree(dir, { ...files, ...crowd });
  await symlink('noext', path.join(dir, 'link to noext'));
  return dir;
}

/** The regular files below `dir` as disc paths ("/a/b.txt"), symlinks left out. */
async function regularFiles(dir: string, prefix = ''): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const name of await readdir(dir)) {
    const full = path.join(dir, name);
    const info = await lstat(full);
    if (info.isDirectory()) for (const [p, content] of await regularFiles(full, `${prefix}/${name}`)) files.set(p, content);
    else if (info.isFile()) files.set(`${prefix}/${name}`, await readFile(full));
  }
  return files;
}

async function bytesAt(image: string, file: SessionFile): Promise<Buffer> {
  const handle = await open(image, 'r');
  try {
    const pieces = file.extents.map(async ({ lba, length }) => (await handle.read(Buffer.alloc(length), 0, length, lba * BLOCK)).buffer);
    return Buffer.concat(await Promise.all(pieces));
  } finally {
    await handle.close();
  }
}

/** The list holds exactly `expected`, with their sizes and contents, front to back on the disc. */
async function expectFiles(image: string, list: SessionFileList, expected: Map<string, Buffer>): Promise<void> {
  expect(list.files.map((f) => f.path).sort()).toEqual([...expected.keys()].sort());
  for (const file of list.files) {
    const content = expected.get(file.path)!;
    expect(file.size, file.path).toBe(content.length);
    expect((await bytesAt(image, file)).equals(content), file.path).toBe(true);
  }
  const firstLbas = list.files.map((f) => f.extents[0]?.lba ?? -1);
  expect(firstLbas).toEqual([...firstLbas].sort((a, b) => a - b));
}

async function genisoimage(options: string[], source: string): Promise<string> {
  const image = path.join(path.dirname(source), 'g.iso');
  await execa('genisoimage', ['-quiet', '-input-charset', 'utf-8', ...options, '-o', image, source]);
  return image;
}

async function xorrisoSessionStarts(disc: string): Promise<number[]> {
  const { stdout, stderr } = await execa('xorriso', ['-indev', `stdio:${disc}`, '-toc']);
  return [...`${stdout}\n${stderr}`.matchAll(/^ISO session\s*:\s*\d+\s*,\s*(\d+)\s*,/gm)].map((m) => Number(m[1]));
}

describe('readSessionFiles on genisoimage images', () => {
  it('lists a Rock Ridge tree with its real names, deep folders back in place and the symlink left out', async () => {
    const source = await sourceTree({ ...PORTABLE, ...ROCK_RIDGE_ONLY });
    const image = await genisoimage(['-r', '-J'], source);
    const list = await readSessionFiles(image, 0);
    expect(list.tree).toBe('rock-ridge');
    await expectFiles(image, list, await regularFiles(source));
    expect(list.files.map((f) => f.path)).toContain(`/${DEEP}/deep.txt`);
    expect(list.files.find((f) => f.path === '/empty.txt')).toMatchObject({ size: 0, extents: [] });
    expect(list.skipped).toEqual([{ path: '/link to noext', kind: 'symlink' }]);
  });

  it('lists the Joliet tree when asked, and by default when there is no Rock Ridge', async () => {
    const source = await sourceTree(PORTABLE);
    const expected = await regularFiles(source);
    const withRockRidge = await genisoimage(['-r', '-J'], source);
    // genisoimage puts a symlink into the Joliet tree as an empty file: Joliet cannot tell.
    const joliet = await readSessionFiles(withRockRidge, 0, { tree: 'joliet' });
    expect(joliet.tree).toBe('joliet');
    await expectFiles(withRockRidge, joliet, new Map([...expected, ['/link to noext', Buffer.alloc(0)]]));

    // Without -r genisoimage leaves symlinks out, and drops deep folders unless -D allows them.
    const jolietOnly = await genisoimage(['-J', '-D'], source);
    const list = await readSessionFiles(jolietOnly, 0);
    expect(list.tree).toBe('joliet');
    await expectFiles(jolietOnly, list, expected);
  });

  it('lists plain ISO 9660 names without their version when there is neither Rock Ridge nor Joliet', async () => {
    const dir = path.join(await tempDir(), 'src');
    await writeTree(dir, { 'A.TXT': 'a', 'SUB/NOEXT': 'no extension', 'SUB/DEEPER/B.DAT': Buffer.alloc(5000, 1) });
    const image = await genisoimage([], dir);
    const list = await readSessionFiles(image, 0);
    expect(list.tree).toBe('iso');
    await expectFiles(image, list, await regularFiles(dir));
    await expect(readSessionFiles(image, 0, { tree: 'rock-ridge' })).rejects.toThrow(`${image}: the session at LBA 0 has no Rock Ridge names`);
  });

  it('reads the primary tree as plain ISO 9660 when asked: relocated folders then show as they are stored', async () => {
    const source = await sourceTree(PORTABLE);
    const image = await genisoimage(['-r'], source);
    const list = await readSessionFiles(image, 0, { tree: 'iso' });
    expect(list.tree).toBe('iso');
    // Relocated at the 8th level: the folder moved to RR_MOVED, an empty file stands in its place.
    expect(list.files.map((f) => f.path)).toEqual(expect.arrayContaining(['/RR_MOVED/H/I/J/K/DEEP.TXT', '/A/B/C/D/E/F/G/H']));
    await expect(readSessionFiles(image, 0, { tree: 'joliet' })).rejects.toThrow(`${image}: the session at LBA 0 has no Joliet tree`);
  });
});

describe('readSessionFiles on a xorriso multisession disc', () => {
  it('lists each session: the second holds the first one\'s files, whose data stays in the first session', async () => {
    const dir = await tempDir();
    const disc = path.join(dir, 'disc.iso');
    const one = await sourceTree(PORTABLE);
    const two = path.join(dir, 'two');
    await writeTree(two, { 'second session.txt': 'two', 'sub/more.bin': Buffer.alloc(70_000, 7) });
    await execa('xorriso', ['-dev', `stdio:${disc}`, '-joliet', 'on', '-map', one, '/', '-commit']);
    await execa('xorriso', ['-dev', `stdio:${disc}`, '-joliet', 'on', '-map', two, '/two', '-commit']);
    const starts = await xorrisoSessionStarts(disc);
    expect(starts).toHaveLength(2);
    expect(starts[0]).toBe(32);

    const first = await readSessionFiles(disc, starts[0]!);
    expect(first.tree).toBe('rock-ridge');
    await expectFiles(disc, first, await regularFiles(one));

    const second = await readSessionFiles(disc, starts[1]!);
    const expected = new Map([...(await regularFiles(one)), ...[...(await regularFiles(two))].map(([p, c]) => [`/two${p}`, c] as const)]);
    await expectFiles(disc, second, expected);
    expect(second.files.find((f) => f.path === '/big.bin')!.extents[0]!.lba).toBeLessThan(starts[1]!);
    expect(second.files.find((f) => f.path === '/two/sub/more.bin')!.extents[0]!.lba).toBeGreaterThan(starts[1]!);
    // xorriso leaves symlinks out of the Joliet tree.
    await expectFiles(disc, await readSessionFiles(disc, starts[1]!, { tree: 'joliet' }), expected);
  });
});

describe('readSessionFiles on broken images', () => {
  /** A Rock Ridge image with the folder "sub", and the byte offset of sub's record in the root. */
  async function imageWithSub(): Promise<{ image: string; record: number; root: number }> {
    const dir = path.join(await tempDir(), 'src');
    await writeTree(dir, { 'sub/a.txt': 'a', 'z.txt': 'z' });
    const image = await genisoimage(['-r'], dir);
    const bytes = await readFile(image);
    const root = bytes.readUInt32LE(16 * BLOCK + 156 + 2);
    let at = root * BLOCK;
    while (bytes.toString('latin1', at + 33, at + 33 + bytes[at + 32]!) !== 'SUB') at += bytes[at]!;
    return { image, record: at, root };
  }

  async function patch(image: string, offset: number, bytes: Buffer): Promise<void> {
    const handle = await open(image, 'r+');
    try {
      await handle.write(bytes, 0, bytes.length, offset);
    } finally {
      await handle.close();
    }
  }

  const le32 = (value: number) => {
    const bytes = Buffer.alloc(4);
    bytes.writeUInt32LE(value);
    return bytes;
  };

  it('names the folder and LBA of a directory that lies past the end of a truncated image', async () => {
    const { image, record } = await imageWithSub();
    const sub = (await readFile(image)).readUInt32LE(record + 2);
    const volumeSectors = (await readFile(image)).length / BLOCK;
    await truncate(image, sub * BLOCK);
    const error = await readSessionFiles(image, 0).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IsoDirectoryError);
    expect(error).toMatchObject({ path: image, lba: sub, directory: '/sub' });
    expect((error as Error).message).toBe(`${image}: the directory /sub at LBA ${sub} lies past the end of the image file, which holds ${sub} of the volume's ${volumeSectors} sectors: the image is truncated`);
  });

  it('stops at a directory that points back at the root', async () => {
    const { image, record, root } = await imageWithSub();
    await patch(image, record + 2, le32(root));
    await expect(readSessionFiles(image, 0)).rejects.toThrow(`${image}: the directory /sub at LBA ${root} is the same directory as /: the directory tree loops or lists a directory twice: damaged or crafted image`);
  });

  it('refuses a directory of an absurd size instead of allocating it', async () => {
    const { image, record } = await imageWithSub();
    await patch(image, record + 10, le32(0xffff_f000));
    await expect(readSessionFiles(image, 0)).rejects.toThrow(/the directory \/sub at LBA \d+ claims 4294963200 bytes/);
  });

  it('never fails with anything but IsoReadError on garbled directories', async () => {
    const source = await sourceTree(PORTABLE);
    const image = await genisoimage(['-r', '-J'], source);
    const clean = await readFile(image);
    const rootLba = clean.readUInt32LE(16 * BLOCK + 156 + 2);
    let state = 42;
    let refused = 0;
    let read = 0;
    const next = () => (state = (state * 1103515245 + 12345) >>> 0) >>> 8;
    for (let round = 0; round < 40; round++) {
      const bytes = Buffer.from(clean);
      // Garble a few runs of bytes in the directories and continuation areas after the root.
      for (let run = 0; run < 4; run++) {
        const at = (rootLba + (next() % 40)) * BLOCK + (next() % BLOCK);
        for (let i = 0; i < 1 + (next() % 16); i++) bytes[at + i] = next() & 0xff;
      }
      await writeFile(image, bytes);
      const outcome = await readSessionFiles(image, 0).catch((e: unknown) => e);
      if (outcome instanceof Error) {
        expect(outcome.name, outcome.stack).toMatch(/^Iso(Read|Directory)Error$/);
        refused++;
      } else {
        // read: whatever the garbled records say, a list as the reader promises it: absolute
        // paths, each size the sum of its non-empty extents, front to back on the disc
        const { files } = outcome as SessionFileList;
        for (const file of files) {
          expect(file.path).toMatch(/^\//);
          expect(file.extents.every((e) => e.length > 0 && Number.isSafeInteger(e.lba) && e.lba >= 0), file.path).toBe(true);
          expect(file.size, file.path).toBe(file.extents.reduce((sum, e) => sum + e.length, 0));
        }
        const firstLbas = files.map((f) => f.extents[0]?.lba ?? -1);
        expect(firstLbas).toEqual([...firstLbas].sort((a, b) => a - b));
        read++;
      }
    }
    // both happen over these rounds: the check above is not vacuous either way
    expect(refused).toBeGreaterThan(0);
    expect(read).toBeGreaterThan(0);
  });

  it('says so for a session that holds no ISO 9660 volume', async () => {
    const blank = path.join(await tempDir(), 'blank.img');
    await writeFile(blank, Buffer.alloc(40 * BLOCK));
    await expect(readSessionFiles(blank, 0)).rejects.toThrow(`${blank}: the session at LBA 0 holds no ISO 9660 file system`);
    await expect(readSessionFiles(blank, 100)).rejects.toMatchObject({ name: 'IsoReadError', lba: 116 });
  });
});
