// The ISO 9660 reader against images the real genisoimage and xorriso write, single and
// multisession, with isoinfo as a second opinion where it has one.
import { chmod, copyFile, open, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { readSessionFiles } from '../../src/disc/iso9660/read-directory-tree.js';
import { IsoReadError, readIsoSession, readIsoSessions } from '../../src/disc/iso9660/read-iso-session.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

const BLOCK = 2048;

async function genisoimage(options: string[], image: string, source: string): Promise<void> {
  await execa('genisoimage', ['-quiet', '-input-charset', 'utf-8', ...options, '-o', image, source]);
}

/** An image of one file, made with genisoimage and the given options. */
async function singleSessionImage(options: string[]): Promise<string> {
  const dir = await tempDir();
  await writeTree(dir, { 'data/a.txt': 'a', 'data/sub/b.txt': 'b' });
  const image = path.join(dir, 'g.iso');
  await genisoimage(options, image, path.join(dir, 'data'));
  return image;
}

const IDS = ['-V', 'LABEL', '-volset', 'SETID', '-publisher', 'P', '-p', 'PREP', '-A', 'APPID'];

/** xorriso's table of contents: `ISO session  :   1 ,        32 ,       172s , S1`. */
async function xorrisoSessions(disc: string): Promise<Array<{ start: number; label: string }>> {
  const { stdout, stderr } = await execa('xorriso', ['-outdev', `stdio:${disc}`, '-toc']);
  return [...`${stdout}\n${stderr}`.matchAll(/^ISO session\s*:\s*\d+\s*,\s*(\d+)\s*,\s*\d+s\s*,\s*(.*?)\s*$/gm)].map((m) => ({
    start: Number(m[1]),
    label: m[2]!,
  }));
}

describe('readIsoSession on genisoimage images', () => {
  it('reads every identity field of an image with Rock Ridge and Joliet', async () => {
    const image = await singleSessionImage(['-r', '-J', ...IDS]);
    const session = await readIsoSession(image, 0);
    expect(session).toMatchObject({
      systemId: 'LINUX',
      volumeId: 'LABEL',
      volumeSetId: 'SETID',
      publisherId: 'P',
      preparerId: 'PREP',
      applicationId: 'APPID',
      volumeSpaceSize: (await stat(image)).size / BLOCK,
      logicalBlockSize: BLOCK,
      joliet: { volumeId: 'LABEL', volumeSetId: 'SETID', level: 3 },
      rockRidge: true,
    });
    expect(session?.creationDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d\d[+-]\d\d:\d\d$/);
    const { stdout } = await execa('isoinfo', ['-d', '-i', image]);
    expect(stdout).toContain(`Volume size is: ${session?.volumeSpaceSize}`);
  });

  it('reads a UTF-8 label from the primary and the Joliet descriptor', async () => {
    const session = await readIsoSession(await singleSessionImage(['-r', '-J', '-V', 'Über 2026']), 0);
    expect(session?.volumeId).toBe('Über 2026');
    expect(session?.joliet?.volumeId).toBe('Über 2026');
  });

  it('reports no Joliet for an image made without -J', async () => {
    const session = await readIsoSession(await singleSessionImage(['-r', ...IDS]), 0);
    expect(session).toMatchObject({ volumeId: 'LABEL', rockRidge: true });
    expect(session).not.toHaveProperty('joliet');
  });

  it('reports no Rock Ridge for an image made without -r, as isoinfo does', async () => {
    const image = await singleSessionImage(['-J', ...IDS]);
    const session = await readIsoSession(image, 0);
    expect(session).toMatchObject({ volumeId: 'LABEL', rockRidge: false, joliet: { level: 3 } });
    expect((await execa('isoinfo', ['-d', '-i', image])).stdout).toContain('NO Rock Ridge present');
  });

  it('follows the CE entry to the ER entry genisoimage puts in a continuation area', async () => {
    const image = await singleSessionImage(['-r', ...IDS]);
    const { extentLba } = (await readIsoSession(image, 0))!.rootDirectory;
    // Rename the "." entry's inline RRIP entries (RR, PX, TF) so that only SP and CE are left:
    // the answer then has to come from the ER entry the CE entry points to.
    const bytes = await readFile(image);
    const dot = extentLba * BLOCK;
    const signatures: string[] = [];
    for (let at = dot + 34; at + 4 <= dot + bytes[dot]!; at += bytes[at + 2]!) {
      const signature = bytes.toString('latin1', at, at + 2);
      signatures.push(signature);
      if (signature !== 'SP' && signature !== 'CE') bytes.write('ZZ', at, 'latin1');
    }
    expect(signatures).toEqual(['SP', 'RR', 'PX', 'TF', 'CE']);
    await writeFile(image, bytes);
    expect(await readIsoSession(image, 0)).toMatchObject({ rockRidge: true });
  });

  it('says "not ISO 9660" for a file of zeros', async () => {
    const dir = await tempDir();
    const blank = path.join(dir, 'blank.img');
    await writeFile(blank, Buffer.alloc(64 * BLOCK));
    expect(await readIsoSession(blank, 0)).toBeUndefined();
  });
});

describe('readIsoSessions on multisession discs', () => {
  it('reads each session of a 3-session xorriso virtual disc, with its own identity', async () => {
    const dir = await tempDir();
    const disc = path.join(dir, 'x.iso');
    // -outdev alone refuses a second session on a stdio file that holds data; -dev appends.
    const perSession = [['-joliet', 'on'], ['-joliet', 'off'], ['-joliet', 'on', '-rockridge', 'off']];
    for (const [index, options] of perSession.entries()) {
      const n = index + 1;
      await writeTree(dir, { [`s${n}/file${n}.txt`]: `${n}` });
      await execa('xorriso', ['-dev', `stdio:${disc}`, ...options, '-volid', `S${n}`, '-volset_id', `SETID${n}`,
        '-application_id', `APPID${n}`, '-map', path.join(dir, `s${n}`), '/', '-commit']);
    }
    const toc = await xorrisoSessions(disc);
    expect(toc.map((s) => s.label)).toEqual(['S1', 'S2', 'S3']);

    const sessions = await readIsoSessions(disc, toc.map((s) => s.start));
    expect(sessions.map((s) => [s?.volumeId, s?.volumeSetId, s?.applicationId, s?.joliet?.level, s?.rockRidge])).toEqual([
      ['S1', 'SETID1', 'APPID1', 3, true],
      ['S2', 'SETID2', 'APPID2', undefined, true],
      ['S3', 'SETID3', 'APPID3', 3, false],
    ]);
    // Extents are absolute: each session's root lies inside that session.
    for (const [index, session] of sessions.entries()) expect(session!.rootDirectory.extentLba).toBeGreaterThan(toc[index]!.start);
    // On a stdio file xorriso keeps a copy of the newest session's descriptors at block 0.
    expect((await readIsoSession(disc, 0))?.volumeId).toBe('S3');
  });

  it('reads both sessions of a genisoimage -C/-M disc, the second written at its own start', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'one/a.txt': 'a', 'two/b.txt': 'b' });
    const first = path.join(dir, 'first.iso');
    await genisoimage(['-r', '-J', '-V', 'ONE'], first, path.join(dir, 'one'));
    // A gap between the sessions, as lead-out and lead-in leave one on a real CD.
    const secondStart = (await stat(first)).size / BLOCK + 150;
    const second = path.join(dir, 'second.iso');
    await genisoimage(['-r', '-J', '-V', 'TWO', '-C', `0,${secondStart}`, '-M', first], second, path.join(dir, 'two'));

    const disc = path.join(dir, 'disc.iso');
    await copyFile(first, disc);
    const handle = await open(disc, 'r+');
    try {
      await handle.write(await readFile(second), 0, undefined, secondStart * BLOCK);
    } finally {
      await handle.close();
    }

    const [one, two] = await readIsoSessions(disc, [0, secondStart]);
    expect(one).toMatchObject({ volumeId: 'ONE', rockRidge: true, joliet: { volumeId: 'ONE' } });
    expect(two).toMatchObject({ volumeId: 'TWO', rockRidge: true, joliet: { volumeId: 'TWO' } });
    expect(two!.rootDirectory.extentLba).toBeGreaterThan(secondStart);
  });
});

describe('readIsoSession on unreadable input', () => {
  it('throws IsoReadError for an image cut inside its volume descriptors', async () => {
    const image = await singleSessionImage(['-r', '-J', '-V', 'CUT']);
    await truncate(image, 16 * BLOCK + 100);
    const error = await readIsoSession(image, 0).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IsoReadError);
    expect(error).toMatchObject({ path: image, lba: 16 });
    expect((error as Error).message).toBe(`${image} is shorter than the session's volume descriptors (truncated image?)`);
  });

  it('tells a session cut off before its root by its descriptors, so that it reads as cut short', async () => {
    const image = await singleSessionImage(['-r', '-J', '-V', 'CUT']);
    const full = await readIsoSession(image, 0);
    const root = full!.rootDirectory.extentLba;
    await truncate(image, root * BLOCK);
    const cut = await readIsoSession(image, 0);
    expect(cut).toMatchObject({ volumeId: 'CUT', volumeSpaceSize: full!.volumeSpaceSize, rockRidge: false });
    expect(cut!.volumeSpaceSize).toBeGreaterThan(root);
    await expect(readSessionFiles(image, 0)).rejects.toThrow(
      `${image}: the directory / at LBA ${root} lies past the end of the image file, which holds ${root} of the volume's ${full!.volumeSpaceSize} sectors: the image is truncated`,
    );
  });

  it('says a root that points past the end of a whole image is damaged, not that the image is truncated', async () => {
    const image = await singleSessionImage(['-r', '-J', '-V', 'PAST']);
    const sectors = (await stat(image)).size / BLOCK;
    const past = Buffer.alloc(8);
    past.writeUInt32LE(sectors + 50, 0);
    past.writeUInt32BE(sectors + 50, 4);
    const handle = await open(image, 'r+');
    try {
      await handle.write(past, 0, 8, 16 * BLOCK + 156 + 2);
    } finally {
      await handle.close();
    }
    const error = await readIsoSession(image, 0).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IsoReadError);
    expect((error as Error).message).toBe(`${image}: the root directory of the session at LBA 0 points past the session end (LBA ${sectors + 50} > ${sectors - 1}): damaged or crafted image`);
    expect((error as Error).message).not.toContain('truncated');
  });

  it('throws IsoReadError for a session that starts past the end of the image', async () => {
    const image = await singleSessionImage(['-r']);
    await expect(readIsoSessions(image, [0, 100_000])).rejects.toMatchObject({ name: 'IsoReadError', lba: 100_016 });
  });

  it('throws IsoReadError with a plain reason for a missing file', async () => {
    const missing = path.join(await tempDir(), 'nope.iso');
    await expect(readIsoSession(missing, 0)).rejects.toThrow(`cannot read sector 16 of ${missing}: no such file or device`);
  });

  it.skipIf(process.getuid?.() === 0)('throws IsoReadError with a plain reason for an unreadable file', async () => {
    const image = await singleSessionImage(['-r']);
    await chmod(image, 0o000);
    await expect(readIsoSession(image, 0)).rejects.toThrow(`cannot read sector 16 of ${image}: permission denied`);
  });
});
