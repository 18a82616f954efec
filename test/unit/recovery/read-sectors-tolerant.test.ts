import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { CHUNK_BYTES, readSectorsTolerant, type ReadAt } from '../../../src/recovery/read-sectors-tolerant.js';

const SECTOR = 2048;

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: i/o`), { code });
}

/** A medium of `sectors` sectors, sector i filled with the byte i % 251 + 1, that fails where `fail` says. */
function medium(sectors: number, fail: (lba: number, attempt: number) => string | undefined = () => undefined) {
  const bytes = Buffer.alloc(sectors * SECTOR);
  for (let lba = 0; lba < sectors; lba++) bytes.fill((lba % 251) + 1, lba * SECTOR, (lba + 1) * SECTOR);
  const attempts = new Map<number, number>();
  const calls: Array<{ position: number; length: number }> = [];
  const read: ReadAt = async (buffer, offset, length, position) => {
    calls.push({ position, length });
    const end = Math.min(position + length, bytes.length);
    for (let lba = Math.floor(position / SECTOR); lba * SECTOR < end; lba++) {
      const attempt = attempts.get(lba) ?? 0;
      const code = fail(lba, attempt);
      if (code) {
        attempts.set(lba, attempt + 1);
        throw errno(code);
      }
    }
    if (position >= bytes.length) return 0;
    return bytes.copy(buffer, offset, position, end);
  };
  return { bytes, read, calls, attempts };
}

async function readAll(read: ReadAt, position: number, length: number, retries?: number) {
  const chunks: Buffer[] = [];
  const bad = await readSectorsTolerant(read, position, length, (chunk) => void chunks.push(Buffer.from(chunk)), { device: '/dev/sr0', ...(retries === undefined ? {} : { retries }) });
  return { bad, data: Buffer.concat(chunks), sizes: chunks.map((c) => c.length) };
}

describe('readSectorsTolerant', () => {
  it('reads a range in chunks of 2 MiB, one read each, when nothing fails', async () => {
    const m = medium(2500);
    const { bad, data, sizes } = await readAll(m.read, 10 * SECTOR, 2400 * SECTOR - 100);
    expect(bad).toEqual([]);
    expect(data.equals(m.bytes.subarray(10 * SECTOR, 2410 * SECTOR - 100))).toBe(true);
    expect(sizes).toEqual([CHUNK_BYTES, CHUNK_BYTES, 2400 * SECTOR - 100 - 2 * CHUNK_BYTES]);
    expect(m.calls).toHaveLength(3);
  });

  it('fills the sectors that fail with EIO with zeros, counts their LBAs and keeps every other byte', async () => {
    const m = medium(2000, (lba) => (lba === 5 || lba === 1500 ? 'EIO' : undefined));
    const { bad, data } = await readAll(m.read, 0, 2000 * SECTOR);
    expect(bad).toEqual([5, 1500]);
    const expected = Buffer.from(m.bytes);
    expected.fill(0, 5 * SECTOR, 6 * SECTOR);
    expected.fill(0, 1500 * SECTOR, 1501 * SECTOR);
    expect(data.equals(expected)).toBe(true);
    // the chunk read once, then each failing sector three times: once and two retries
    expect(m.attempts.get(5)).toBe(1 + 3);
    expect(m.attempts.get(1500)).toBe(1 + 3);
  });

  it('tries a sector as many more times as told', async () => {
    const m = medium(4, (lba) => (lba === 2 ? 'EIO' : undefined));
    expect((await readAll(m.read, 0, 4 * SECTOR, 0)).bad).toEqual([2]);
    expect(m.attempts.get(2)).toBe(1 + 1);
    const n = medium(4, (lba) => (lba === 2 ? 'EIO' : undefined));
    await readAll(n.read, 0, 4 * SECTOR, 5);
    expect(n.attempts.get(2)).toBe(1 + 6);
  });

  it('keeps a sector that fails once and then reads: no bad sector', async () => {
    const m = medium(8, (lba, attempt) => (lba === 3 && attempt < 2 ? 'EIO' : undefined));
    const { bad, data } = await readAll(m.read, 0, 8 * SECTOR);
    expect(bad).toEqual([]);
    expect(data.equals(m.bytes)).toBe(true);
  });

  it('counts the sectors past the end of the medium as bad, reading none of them twice', async () => {
    const m = medium(10);
    const { bad, data } = await readAll(m.read, 8 * SECTOR, 6 * SECTOR);
    expect(bad).toEqual([10, 11, 12, 13]);
    expect(data.subarray(0, 2 * SECTOR).equals(m.bytes.subarray(8 * SECTOR))).toBe(true);
    expect(data.subarray(2 * SECTOR).every((b) => b === 0)).toBe(true);
    expect(m.calls.filter((c) => c.position >= 11 * SECTOR)).toEqual([]);
  });

  it('stops with one line naming the device when the disc is gone (ENOMEDIUM), and on ENODEV, ENXIO, EBADF', async () => {
    for (const code of ['ENOMEDIUM', 'ENODEV', 'ENXIO', 'EBADF']) {
      const m = medium(100, (lba) => (lba >= 40 ? code : undefined));
      const reading = readAll(m.read, 0, 100 * SECTOR);
      await expect(reading).rejects.toThrow(UserError);
      await expect(reading).rejects.toThrow(new RegExp(`^/dev/sr0: .*${code}`));
    }
    const gone = medium(100, (lba) => (lba >= 40 ? 'ENOMEDIUM' : undefined));
    await expect(readAll(gone.read, 0, 100 * SECTOR)).rejects.toThrow('/dev/sr0: no disc in the drive');
  });

  it('lets an error that is no I/O error through as it is', async () => {
    const read: ReadAt = async () => {
      throw new TypeError('a bug');
    };
    await expect(readAll(read, 0, SECTOR)).rejects.toThrow(TypeError);
  });
});
