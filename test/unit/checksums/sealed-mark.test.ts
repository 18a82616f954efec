import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checksumFileStanding, sealedMark } from '../../../src/checksums/sealed-mark.js';
import { copyOf, formatMark, parseMark } from '../../../src/disc/burnplan-mark.js';

const FILE = Buffer.from(`${'a'.repeat(64)}  x.txt\n`);
const HEX = createHash('sha256').update(FILE).digest('hex').toUpperCase();

describe("the session's mark and its checksum file", () => {
  it('records the SHA-256 of the checksum file, within the 128 bytes of an application id', () => {
    const mark = sealedMark(formatMark('0123456789abcdef0123'), FILE);
    expect(mark).toBe(`BURNPLAN/1 0123456789ABCDEF0123 SHA256:${HEX}`);
    expect(mark.length).toBeLessThanOrEqual(128);
    expect(parseMark(mark)).toEqual({ version: 1, fingerprint: '0123456789ABCDEF0123', checksumFileSha256: HEX });
    // genisoimage keeps the case it is given, xorriso writes upper case
    expect(parseMark(mark.toLowerCase())?.checksumFileSha256).toBe(HEX);
    expect(parseMark(formatMark('0123456789ABCDEF0123'))).toEqual({ version: 1, fingerprint: '0123456789ABCDEF0123' });
    expect(parseMark(`${mark} extra`)).toBeUndefined();
  });

  it('vouches only for the very bytes it was sealed with', () => {
    const mark = sealedMark(formatMark('FP'), FILE);
    expect(checksumFileStanding(mark, FILE)).toBe('authentic');
    const altered = Buffer.from(FILE);
    altered[3] = 0x62;
    expect(checksumFileStanding(mark, altered)).toBe('altered');
    expect(checksumFileStanding(formatMark('FP'), FILE)).toBe('not-vouched-for');
    expect(checksumFileStanding('GENISOIMAGE ISO 9660/HFS FILESYSTEM CREATOR', FILE)).toBe('not-vouched-for');
  });
});

describe('the copy in a mark', () => {
  it('is written after the fingerprint, before the seal, and read back; a mark without one is of copy 1', () => {
    const mark = formatMark('0123456789ABCDEF0123', { copy: 2 });
    expect(mark).toBe('BURNPLAN/1 0123456789ABCDEF0123 COPY:2');
    const sealed = sealedMark(mark, FILE);
    expect(sealed).toMatch(/^BURNPLAN\/1 0123456789ABCDEF0123 COPY:2 SHA256:[0-9A-F]{64}$/);
    expect(parseMark(sealed)).toMatchObject({ fingerprint: '0123456789ABCDEF0123', copy: 2 });
    expect(copyOf(parseMark(sealed)!)).toBe(2);
    expect(copyOf(parseMark(formatMark('FP'))!)).toBe(1);
    expect(parseMark('BURNPLAN/1 FP COPY:0')).toBeUndefined();
  });
});
