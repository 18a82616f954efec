import { describe, expect, it } from 'vitest';
import { DEVICE_READ_WORDS, errnoCode, errnoWords, knownErrnoWords, OUTPUT_FILE_WORDS, PLAN_OPEN_WORDS } from '../../../src/core/errno-words.js';

const failure = (code: string) => Object.assign(new Error(`${code}: something, open '/x'`), { code });

describe('errno words', () => {
  it('words a file operation by default', () => {
    expect(errnoWords(failure('EACCES'))).toBe('permission denied');
    expect(errnoWords(failure('ENOSPC'))).toBe('the disk is full');
    expect(errnoWords(failure('ENOENT'))).toBe('does not exist');
  });

  it('words the same code for each kind of operation', () => {
    expect(errnoWords(failure('ENOENT'), DEVICE_READ_WORDS)).toBe('no such file or device');
    expect(errnoWords(failure('ENOENT'), PLAN_OPEN_WORDS)).toBe('no such file');
    expect(errnoWords(failure('ENOENT'), OUTPUT_FILE_WORDS)).toBe('its folder does not exist');
    expect(errnoWords(failure('EIO'), DEVICE_READ_WORDS)).toBe('the drive reports a read error');
  });

  it("falls back on the error's own message", () => {
    expect(errnoWords(failure('EMFILE'))).toBe("EMFILE: something, open '/x'");
    expect(errnoWords('plain')).toBe('plain');
    expect(knownErrnoWords(failure('EMFILE'), PLAN_OPEN_WORDS)).toBeUndefined();
  });

  it('reads a code only when it is a string', () => {
    expect(errnoCode(failure('EIO'))).toBe('EIO');
    expect(errnoCode({ code: 5 })).toBeUndefined();
    expect(errnoCode(null)).toBeUndefined();
  });
});
