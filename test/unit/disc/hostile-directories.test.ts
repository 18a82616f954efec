// A crafted image of directories that overlap and contain each other, each claiming 64 MiB:
// the reader refuses it in one line, having read no more than the session holds, within a small
// heap, instead of reading the same sectors again and again until V8 runs out of memory.
import { open } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { IsoDirectoryError, readSessionFiles, readSessionFilesFrom } from '../../../src/disc/iso9660/read-directory-tree.js';
import { readIsoSession } from '../../../src/disc/iso9660/read-iso-session.js';
import { directorySector, ROOT_LBA, writeImage, writeOverlappingDirectories } from '../../helpers/hostile-iso.js';
import { ce, rootExtent, sp } from '../../helpers/iso-builder.js';
import { REPO_ROOT } from '../../helpers/run-burnplan.js';
import { tempDir } from '../../helpers/temp-dir.js';

const READER = path.join(REPO_ROOT, 'dist/disc/iso9660/read-directory-tree.js');

/** readSessionFilesFrom through a handle that counts the bytes read. */
async function readCounting(image: string, sessionNumber = 1) {
  const handle = await open(image, 'r');
  let bytes = 0;
  const source = {
    read: async (buffer: Buffer, offset: number, length: number, position: number) => {
      const result = await handle.read(buffer, offset, length, position);
      bytes += result.bytesRead;
      return result;
    },
  };
  try {
    const imageSectors = (await handle.stat()).size / 2048;
    const outcome = await readSessionFilesFrom({ source, path: image, imageSectors }, 0, { sessionNumber }).catch((error: unknown) => error);
    return { outcome, bytes, imageBytes: imageSectors * 2048 };
  } finally {
    await handle.close();
  }
}

/** readSessionFiles in a child with a 256 MiB heap: what it threw, or how many files it read. */
async function readInSmallHeap(image: string) {
  const script = `
    const { readSessionFiles } = await import(${JSON.stringify(READER)});
    let outcome;
    try {
      const list = await readSessionFiles(process.argv[1], 0);
      outcome = { read: list.files.length };
    } catch (error) {
      outcome = { name: error.name, message: error.message, lba: error.lba, directory: error.directory };
    }
    console.log(JSON.stringify(outcome));`;
  // the timeout only keeps a regression from hanging the run; nothing is asserted on time
  const child = await execa(process.execPath, ['--max-old-space-size=256', '--input-type=module', '-e', script, image], { reject: false, timeout: 50_000, all: true });
  return { child, outcome: child.exitCode === 0 ? JSON.parse(String(child.stdout)) : undefined };
}

describe('hostile directory trees', () => {
  it('overlapping 64 MiB directories that point at each other: refused in one line, in a small heap', async () => {
    const dir = await tempDir();
    const image = path.join(dir, 'overlap.iso');
    await writeOverlappingDirectories(image, { regionSectors: 2048, directoryBytes: 64 * 1024 * 1024 });
    const { child, outcome } = await readInSmallHeap(image);
    expect(child.timedOut, 'the reader ran for 40 s').toBe(false);
    expect(child.exitCode, String(child.all).slice(0, 2000)).toBe(0);
    expect(outcome.name).toBe('IsoDirectoryError');
    expect(outcome.message).not.toContain('\n');
    expect(outcome.message).toContain(image);
    expect(outcome.message).toMatch(/ at LBA \d+ /);
  }, 60_000);

  it('directories of 64 MiB over the same sectors: refused when their total passes the session, having read less than it holds', async () => {
    const image = path.join(await tempDir(), 'same-sectors.iso');
    const claim = 64 * 1024 * 1024;
    const children = [...'ABCDEFGH'].map((name, k) => ({ name, lba: ROOT_LBA + 1 + k, length: claim }));
    await writeImage(image, { sectors: ROOT_LBA + 1 + claim / 2048 + 100, at: { [ROOT_LBA]: directorySector(ROOT_LBA, ROOT_LBA, children) } });
    const { outcome, bytes, imageBytes } = await readCounting(image, 1);
    expect(outcome).toBeInstanceOf(IsoDirectoryError);
    expect((outcome as Error).message).toBe(
      `${image}: session 1: directory tree larger than the session (${2048 + 2 * claim} bytes of directories in a ${imageBytes} byte session): damaged or crafted image`,
    );
    expect(bytes).toBeLessThanOrEqual(imageBytes);
  });

  it('directories that each fit but overlap each other: refused once the session is read through', async () => {
    const image = path.join(await tempDir(), 'overlap-small.iso');
    const big = 40 * 2048;
    await writeImage(image, { sectors: 70, at: { [ROOT_LBA]: directorySector(ROOT_LBA, ROOT_LBA, [{ name: 'A', lba: 21, length: big }, { name: 'B', lba: 22, length: big }]) } });
    await expect(readSessionFiles(image, 0)).rejects.toThrow(
      `${image}: the session at LBA 0: directory tree larger than the session (${2048 + 2 * big} bytes of directories in a ${70 * 2048} byte session): damaged or crafted image`,
    );
  });

  it('a chain of directories deeper than any path can be: refused before its paths fill memory', async () => {
    const image = path.join(await tempDir(), 'deep.iso');
    const name = 'D'.repeat(30);
    const at: Record<number, Buffer> = {};
    for (let lba = ROOT_LBA; lba < ROOT_LBA + 200; lba++) at[lba] = directorySector(lba, lba - 1, [{ name, lba: lba + 1, length: 2048 }]);
    await writeImage(image, { sectors: ROOT_LBA + 210, at });
    const { outcome, bytes, imageBytes } = await readCounting(image, 2);
    expect(outcome).toBeInstanceOf(IsoDirectoryError);
    expect((outcome as Error).message).toMatch(new RegExp(`^${image}: session 2: the directory /D{30}(/D{30})+ at LBA \\d+ holds a path of 4123 characters, longer than any file system allows: damaged or crafted image$`));
    expect(bytes).toBeLessThanOrEqual(imageBytes);
  });

  it('a directory listing one already listed: refused when it is listed, naming both', async () => {
    const image = path.join(await tempDir(), 'loop.iso');
    const at = {
      [ROOT_LBA]: directorySector(ROOT_LBA, ROOT_LBA, [{ name: 'A', lba: 21, length: 2048 }]),
      21: directorySector(21, ROOT_LBA, [{ name: 'BACK', lba: ROOT_LBA, length: 2048 }]),
    };
    await writeImage(image, { sectors: 40, at });
    await expect(readSessionFiles(image, 0)).rejects.toThrow(`${image}: the directory /A/BACK at LBA ${ROOT_LBA} is the same directory as /: the directory tree loops or lists a directory twice: damaged or crafted image`);
  });

  it('a root past the end of a complete image points past the end of the session', async () => {
    const image = path.join(await tempDir(), 'root-past.iso');
    await writeImage(image, { sectors: 40, rootLba: 60 });
    await expect(readSessionFiles(image, 0)).rejects.toThrow(`${image}: the directory / at LBA 60 points past the session end (LBA 60 > 39): damaged or crafted image`);
  });

  it('a root past the end of an image shorter than its volume: the image is truncated', async () => {
    const image = path.join(await tempDir(), 'root-cut.iso');
    await writeImage(image, { sectors: 40, volumeSectors: 80, rootLba: 60 });
    await expect(readSessionFiles(image, 0)).rejects.toThrow(`${image}: the directory / at LBA 60 lies past the end of the image file, which holds 40 of the volume's 80 sectors: the image is truncated`);
  });

  it("a root whose Rock Ridge continuation area points past the session end: damaged, not truncated", async () => {
    const image = path.join(await tempDir(), 'ce-past.iso');
    await writeImage(image, { sectors: 40, at: { [ROOT_LBA]: rootExtent(Buffer.concat([sp(), ce(90, 0, 100)])) } });
    await expect(readIsoSession(image, 0)).rejects.toThrow(`${image}: the Rock Ridge continuation area of the root directory at LBA 90 points past the session end (LBA 90 > 39): damaged or crafted image`);
  });
});
