// The one xorriso run after a burn (TOC, then the new session's MD5s), parted again: each part
// reads as its own run would, on captures of the real xorriso.
import { describe, expect, it } from 'vitest';
import { parseXorrisoToc } from '../../../src/backends/xorriso/parse-xorriso-toc.js';
import { splitTocAndMd5s } from '../../../src/backends/xorriso/split-toc-and-md5s.js';
import { parseXorrisoMd5s } from '../../../src/verify/parse-xorriso-md5s.js';
import { localStreams } from '../../helpers/fixtures.js';

const command = { program: 'xorriso', args: [] };
const run = (stem: string, exitCode = 0) => ({ command, exitCode, ...localStreams(stem) });
const tocOf = (r: { stdout: string; stderr: string }) => parseXorrisoToc(`${r.stderr}\n${r.stdout}`);

describe('splitTocAndMd5s', () => {
  it('gives the TOC as -toc alone reads it, and the MD5s of the tree loaded from the session asked for', () => {
    const parts = splitTocAndMd5s(run('xorriso-toc-md5-stdio-session2'))!;
    expect(parts.loadedLba).toBe(64);
    const alone = tocOf(run('xorriso-toc-stdio-2sessions-md5'));
    // the free space is the file system's, which moved between the two captures
    expect({ ...tocOf(parts.toc), blocks: undefined }).toEqual({ ...alone, blocks: undefined });
    expect(tocOf(parts.toc).problems).toEqual([]);
    expect(parts.toc.stdout).not.toMatch(/[0-9a-f]{32} {2}\//);
    expect(parts.toc.stderr).not.toContain('Loading ISO image tree');
    expect(parseXorrisoMd5s(parts.md5s.stdout)).toEqual(
      new Map([
        ['/a/one.txt', '5bbf5a52328e7439ae6e719dfe712200'],
        ['/b/data.bin', 'eb0c0fcc2ecd09f91699eefc1b4a2cf6'],
        ["/b/it's two.txt", 'c193497a1a06b2c72230e6146ff47080'],
      ]),
    );
    expect(parts.md5s.exitCode).toBe(0);
  });

  it('keeps the run\'s failure with the MD5 part, never with the TOC that ran to its end', () => {
    const parts = splitTocAndMd5s({ ...run('xorriso-toc-md5-stdio-session2'), exitCode: 5, signal: 'SIGINT' })!;
    expect(parts.toc.exitCode).toBe(0);
    expect(parts.md5s).toMatchObject({ exitCode: 5, signal: 'SIGINT' });
  });

  it('where no ISO image is at the LBA, says so: loaded there, no MD5s, the warning with them', () => {
    const parts = splitTocAndMd5s(run('xorriso-toc-md5-stdio-no-session'))!;
    expect(parts.loadedLba).toBe(128);
    expect(parseXorrisoMd5s(parts.md5s.stdout).size).toBe(0);
    expect(parts.md5s.stderr).toContain('No ISO 9660 image at LBA 128');
    expect(tocOf(parts.toc).problems).toEqual([]);
  });

  it('cannot be parted when xorriso never loaded a tree (no drive): the disc is then read on its own', () => {
    expect(splitTocAndMd5s(run('xorriso-toc-md5-no-drive', 5))).toBeUndefined();
  });
});
