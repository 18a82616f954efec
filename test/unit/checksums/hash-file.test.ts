import { createHash } from 'node:crypto';
import { openSync, closeSync, readFileSync, writeSync, constants } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { hashFile } from '../../../src/checksums/hash-file.js';
import { tempDir } from '../../helpers/temp-dir.js';

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

describe('hashFile', () => {
  it.each([0, 1, 64 * 1024, 64 * 1024 + 1, 3 * 1024 * 1024 + 5])('a file of %i bytes: its hash, and every byte counted once', async (size) => {
    const file = path.join(await tempDir(), 'f.bin');
    const data = Buffer.alloc(size);
    for (let i = 0; i < size; i++) data[i] = (i * 7 + 3) & 0xff;
    await writeFile(file, data);
    let counted = 0;
    expect(await hashFile(file, 'sha256', (n) => (counted += n))).toBe(sha256(data));
    expect(counted).toBe(size);
  });

  it('a file that says it is empty but is not (as in /proc): all of it is hashed, not its stated size', async () => {
    expect(await hashFile('/proc/version', 'sha256')).toBe(sha256(readFileSync('/proc/version')));
  });

  it('a FIFO where a file was: the event loop is not held while it waits for a writer', async () => {
    const fifo = path.join(await tempDir(), 'fifo');
    await execa('mkfifo', [fifo]);
    const hashed = hashFile(fifo, 'sha256');
    // a timer of this process writes to it: it runs only if the open above did not block
    setTimeout(() => {
      const fd = openSync(fifo, constants.O_WRONLY);
      writeSync(fd, 'written later\n');
      closeSync(fd);
    }, 20);
    expect(await hashed).toBe(sha256('written later\n'));
  });

  it('a missing file: rejects with its errno', async () => {
    await expect(hashFile(path.join(await tempDir(), 'gone'), 'sha256')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('thousands of small files in a row: the event loop gets its turns between them', async () => {
    const dir = await tempDir();
    const files = Array.from({ length: 3000 }, (_, i) => path.join(dir, `f${i}`));
    await Promise.all(files.map((file, i) => writeFile(file, `${i}\n`)));
    let turns = 0;
    const ticker = setInterval(() => turns++, 1);
    try {
      for (const [i, file] of files.entries()) expect(await hashFile(file, 'md5')).toBe(createHash('md5').update(`${i}\n`).digest('hex'));
    } finally {
      clearInterval(ticker);
    }
    expect(turns).toBeGreaterThan(0);
  });
});
