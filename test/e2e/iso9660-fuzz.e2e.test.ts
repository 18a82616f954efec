// Real images (genisoimage, and a two-session xorriso virtual disc) with bytes flipped in their
// volume descriptors, path tables and directory records, or cut short: the reader either reads
// what is there or refuses with one clear line. Never a TypeError or RangeError, never a crash,
// and never more bytes read than the image holds (plus its descriptor set, read sector by sector).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { IsoReadError } from '../../src/disc/iso9660/iso-read-error.js';
import { readSessionFilesFrom, type SectorSource } from '../../src/disc/iso9660/read-directory-tree.js';
import { readIsoSessions } from '../../src/disc/iso9660/read-iso-session.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';
import { buildVirtualDisc } from '../helpers/virtual-disc.js';

const BLOCK = 2048;
const TREE = { 'a.txt': 'a', 'sub/b.txt': 'b'.repeat(5000), 'sub/deeper/c.txt': 'c', 'sub/deeper/d.bin': 'd'.repeat(70_000), 'z/y/x/w.txt': 'w' };

interface Sample {
  name: string;
  bytes: Buffer;
  sessions: number[];
  /** Byte ranges worth mutating: descriptors, path tables, directories. */
  regions: Array<[number, number]>;
}

let samples: Sample[] = [];

/** Sectors of the descriptor set, both path tables and the directories after the root, of each session. */
function regionsOf(bytes: Buffer, sessions: number[]): Array<[number, number]> {
  return sessions.flatMap((start) => {
    const pvd = (start + 16) * BLOCK;
    const tableSize = bytes.readUInt32LE(pvd + 132);
    const root = bytes.readUInt32LE(pvd + 156 + 2);
    const tables = [bytes.readUInt32LE(pvd + 140), bytes.readUInt32BE(pvd + 148)].map((lba): [number, number] => [lba * BLOCK, lba * BLOCK + Math.max(tableSize, 1)]);
    return [[pvd, pvd + 3 * BLOCK] as [number, number], ...tables, [root * BLOCK, Math.min(bytes.length, (root + 12) * BLOCK)] as [number, number]];
  });
}

beforeAll(async () => {
  const dir = await tempDir();
  await writeTree(path.join(dir, 'src'), TREE);
  const iso = path.join(dir, 'g.iso');
  await execa('genisoimage', ['-quiet', '-input-charset', 'utf-8', '-r', '-J', '-V', 'FUZZ', '-o', iso, path.join(dir, 'src')]);
  const disc = await buildVirtualDisc(dir, 'disc.iso', [
    { label: 'ONE', files: TREE },
    { label: 'TWO', files: { 'more/e.txt': 'e', 'more/f.txt': 'f'.repeat(9000) } },
  ]);
  const made = [
    { name: 'genisoimage -r -J', bytes: await readFile(iso), sessions: [0] },
    { name: 'xorriso, two sessions', bytes: await readFile(disc.file), sessions: disc.written.map((w) => w.lba) },
  ];
  samples = made.map((m) => ({ ...m, regions: regionsOf(m.bytes, m.sessions) }));
});

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

const mutation = fc.record({
  sample: fc.nat(),
  session: fc.nat(),
  flips: fc.array(fc.record({ region: fc.nat(), offset: fc.nat(), value: fc.integer({ min: 0, max: 255 }), run: fc.integer({ min: 1, max: 8 }) }), { minLength: 1, maxLength: 12 }),
  // one image in four is also cut short, anywhere
  cut: fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary: fc.integer({ min: 0, max: 2 ** 30 }), weight: 1 }),
});

/** The mutated image, the sample it came from and the session start to read. */
function apply(m: Mutation) {
  const sample = samples[m.sample % samples.length]!;
  const bytes = Buffer.from(sample.bytes);
  for (const flip of m.flips) {
    const [from, to] = sample.regions[flip.region % sample.regions.length]!;
    const at = from + (flip.offset % Math.max(1, to - from));
    // a run of the same byte: 0x00 and 0xff make lengths and addresses absurd, others garble names
    bytes.fill(flip.value, at, Math.min(bytes.length, at + flip.run));
  }
  const image = m.cut === null ? bytes : bytes.subarray(0, m.cut % bytes.length);
  return { image, start: sample.sessions[m.session % sample.sessions.length]!, sample };
}

/** Reads from memory, counting bytes. */
function memorySource(image: Buffer): { source: SectorSource; read: () => number } {
  let total = 0;
  return {
    source: {
      read: async (buffer, offset, length, position) => {
        const n = Math.max(0, Math.min(length, image.length - position));
        if (n > 0) image.copy(buffer, offset, position, position + n);
        total += n;
        return { bytesRead: n };
      },
    },
    read: () => total,
  };
}

function expectClearRefusal(error: unknown): void {
  expect(error, error instanceof Error ? error.stack : String(error)).toBeInstanceOf(IsoReadError);
  const message = (error as Error).message;
  expect(message).not.toContain('\n');
  expect(message).not.toMatch(/undefined|NaN|\[object /);
}

describe('the ISO 9660 reader on mutated real images', () => {
  it('lists a session or refuses it in one line, reading no more than the image holds', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const { image, start } = apply(m);
        const { source, read } = memorySource(image);
        const outcome = await readSessionFilesFrom({ source, path: 'mutated.iso', imageSectors: Math.floor(image.length / BLOCK) }, start).catch((e: unknown) => e);
        if (outcome instanceof Error) expectClearRefusal(outcome);
        else expect((outcome as { files: Array<{ path: string }> }).files.every((f) => f.path.startsWith('/'))).toBe(true);
        expect(read()).toBeLessThanOrEqual(image.length + 16 * BLOCK);
      }),
      // FUZZ_RUNS=20000 for a longer hunt
      { numRuns: Number(process.env.FUZZ_RUNS ?? 400) },
    );
  }, 120_000);

  it("reads each session's identity or refuses in one line", async () => {
    const scratch = path.join(await tempDir(), 'mutated.iso');
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const { image, sample } = apply(m);
        await writeFile(scratch, image);
        const outcome = await readIsoSessions(scratch, sample.sessions).catch((e: unknown) => e);
        if (outcome instanceof Error) expectClearRefusal(outcome);
        else expect(outcome).toHaveLength(sample.sessions.length);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
  }, 120_000);
});
