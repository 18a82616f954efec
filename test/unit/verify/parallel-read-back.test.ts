// The read back on several threads against node:crypto and against the one-thread read: the
// same digests in the same order whatever the sizes, the buffer size and the layout of extents,
// a file cut short by the end of the image reported alone, and a hashing thread that dies
// failing the read instead of hanging it.
import { createHash, randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SECTOR_SIZE } from '../../../src/disc/iso9660/volume-descriptors.js';
import { HashThreadError } from '../../../src/verify/hash-pool.js';
import { readBackInParallel, type ParallelOptions } from '../../../src/verify/parallel-read-back.js';
import { readBackSerially, type FileToRead } from '../../../src/verify/read-back.js';
import { tempDir } from '../../helpers/temp-dir.js';

interface Laid {
  image: string;
  files: FileToRead[];
  contents: Buffer[];
}

/** Writes files into an image, each in `pieces` extents placed one after another with a gap sector between files. */
async function layOut(sizes: readonly number[], pieces = 1): Promise<Laid> {
  const dir = await tempDir();
  const chunks: Buffer[] = [];
  let lba = 0;
  const files: FileToRead[] = [];
  const contents: Buffer[] = [];
  sizes.forEach((size, index) => {
    const content = randomBytes(size);
    contents.push(content);
    const extents = [];
    const step = Math.ceil(size / pieces / SECTOR_SIZE) * SECTOR_SIZE || SECTOR_SIZE;
    for (let at = 0; at < size || (size === 0 && extents.length === 0); at += step) {
      const length = Math.min(step, size - at);
      extents.push({ lba, length });
      const sectors = Math.max(1, Math.ceil(length / SECTOR_SIZE));
      const padded = Buffer.alloc(sectors * SECTOR_SIZE);
      content.copy(padded, 0, at, at + length);
      chunks.push(padded);
      lba += sectors;
      if (size === 0) break;
    }
    files.push({ path: `/f${index}`, size, extents });
    chunks.push(Buffer.alloc(SECTOR_SIZE));
    lba += 1;
  });
  const image = path.join(dir, 'disc.iso');
  await writeFile(image, Buffer.concat(chunks));
  return { image, files, contents };
}

const md5 = (bytes: Buffer) => createHash('md5').update(bytes).digest('hex');
const small: ParallelOptions = { threads: 2, buffers: 3, bufferBytes: 8 * 1024 };

describe('readBackInParallel', () => {
  it('gives each file the digest node:crypto gives its bytes, in the order given', async () => {
    const sizes = [0, 1, 2047, 2048, 2049, 8 * 1024, 8 * 1024 + 1, 5 * 1024 * 1024 + 3, 0, 17, 40_000];
    const laid = await layOut(sizes);
    let progress = 0;
    const digests = await readBackInParallel(laid.image, laid.files, 'md5', (bytes) => (progress += bytes), small);
    expect(digests).toEqual(laid.files.map((file, index) => ({ path: file.path, hex: md5(laid.contents[index]!) })));
    expect(progress).toBe(sizes.reduce((a, b) => a + b, 0));
  });

  it('hashes files in several extents as one stream, with any algorithm node:crypto knows', async () => {
    const laid = await layOut([100_000, 3 * SECTOR_SIZE, 65_537], 4);
    expect(laid.files[0]!.extents.length).toBeGreaterThan(1);
    const digests = await readBackInParallel(laid.image, laid.files, 'sha256', () => {}, small);
    expect(digests.map((digest) => ('hex' in digest ? digest.hex : digest.error.message))).toEqual(
      laid.contents.map((content) => createHash('sha256').update(content).digest('hex')),
    );
  });

  it('agrees with the one-thread read for any sizes, pieces and buffer size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 70_000 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 3 }),
        async (sizes, pieces, kib, threads) => {
          const laid = await layOut(sizes, pieces);
          const options = { threads, buffers: threads * 2 + 1, bufferBytes: kib * 1024 };
          const parallel = await readBackInParallel(laid.image, laid.files, 'md5', () => {}, options);
          expect(parallel).toEqual(await readBackSerially(laid.image, laid.files, 'md5', () => {}));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('reports the file the image ends inside, and hashes every other file', async () => {
    const laid = await layOut([30_000, 20_000, 10_000]);
    const [first, second, third] = laid.files;
    // the second file claims sectors past the end of the image; the third lies before it
    const pastEnd = { ...second!, extents: [{ lba: 1_000, length: second!.size }] };
    const digests = await readBackInParallel(laid.image, [first!, pastEnd, third!], 'md5', () => {}, small);
    expect(digests[0]).toEqual({ path: first!.path, hex: md5(laid.contents[0]!) });
    expect(digests[1]).toEqual({ path: second!.path, error: { path: second!.path, lba: 1_000, message: 'the disc ends before the file does' } });
    expect(digests[2]).toEqual({ path: third!.path, hex: md5(laid.contents[2]!) });
  });

  it('reports a file cut short after some of its bytes went to a thread, and goes on', async () => {
    const laid = await layOut([50_000, 4_000]);
    const [first, second] = laid.files;
    // its first extent is real, its second lies past the end: bytes of several buffers were sent
    const cut = { ...first!, size: first!.size + 8_000, extents: [...first!.extents, { lba: 5_000, length: 8_000 }] };
    const digests = await readBackInParallel(laid.image, [cut, second!], 'md5', () => {}, small);
    expect(digests[0]).toMatchObject({ path: first!.path, error: { lba: 5_000 } });
    expect(digests[1]).toEqual({ path: second!.path, hex: md5(laid.contents[1]!) });
  });

  it('fails with the thread\'s words when a hashing thread throws, and when one exits', async () => {
    const laid = await layOut([64 * 1024]);
    const dir = await tempDir();
    const throwing = path.join(dir, 'throwing.mjs');
    await writeFile(throwing, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => { throw new Error('disk on fire'); });\n");
    const exiting = path.join(dir, 'exiting.mjs');
    await writeFile(exiting, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(7));\n");

    const run = (worker: string) => readBackInParallel(laid.image, laid.files, 'md5', () => {}, { ...small, workerUrl: pathToFileURL(worker) });
    await expect(run(throwing)).rejects.toThrow(new HashThreadError('a hashing thread failed: disk on fire'));
    await expect(run(exiting)).rejects.toThrow('a hashing thread stopped before its work was done (exit code 7)');
  });

  it('refuses an algorithm node:crypto does not know before starting a thread', async () => {
    const laid = await layOut([10]);
    await expect(readBackInParallel(laid.image, laid.files, 'no-such-hash', () => {}, small)).rejects.toThrow(/digest/i);
  });
});

describe('readBackSerially', () => {
  it('small neighbouring files read together: each its own digest, in the order given, every byte counted once', async () => {
    const sizes = Array.from({ length: 3000 }, (_, i) => (i * 37) % 5000);
    sizes.push(5 * 1024 * 1024, 3, 0, 4 * 1024 * 1024 - 7, 11);
    const laid = await layOut(sizes, 2);
    let counted = 0;
    const digests = await readBackSerially(laid.image, laid.files, 'md5', (n) => (counted += n));
    expect(digests).toEqual(laid.files.map((f, i) => ({ path: f.path, hex: md5(laid.contents[i]!) })));
    expect(counted).toBe(sizes.reduce((a, b) => a + b, 0));
  });

  it('a file past the end of the image among small ones: only it is reported, at its own block', async () => {
    const laid = await layOut([300, 200, 100, 50]);
    const [a, b, c, d] = laid.files;
    const pastEnd = { ...b!, extents: [{ lba: 40, length: b!.size }] };
    const digests = await readBackSerially(laid.image, [a!, pastEnd, c!, d!], 'md5', () => {});
    expect(digests[0]).toEqual({ path: a!.path, hex: md5(laid.contents[0]!) });
    expect(digests[1]).toEqual({ path: b!.path, error: { path: b!.path, lba: 40, message: 'the disc ends before the file does' } });
    expect(digests.slice(2)).toEqual([c, d].map((f, i) => ({ path: f!.path, hex: md5(laid.contents[i + 2]!) })));
  });
});
