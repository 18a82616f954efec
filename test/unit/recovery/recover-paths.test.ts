import { describe, expect, it } from 'vitest';
import { decideOutcome, type FileEvidence } from '../../../src/recovery/recover-model.js';
import { discPathOfPar2Name, isSessionPar2Path, relativeOutputPath } from '../../../src/recovery/recover-paths.js';

describe('relativeOutputPath', () => {
  it('puts a disc path below the folder', () => {
    expect(relativeOutputPath('/photos/2024/a b.jpg')).toEqual({ relative: 'photos/2024/a b.jpg' });
    expect(relativeOutputPath('/-n1')).toEqual({ relative: '-n1' });
    expect(relativeOutputPath('/..hidden/x..y')).toEqual({ relative: '..hidden/x..y' });
  });

  it('refuses a path a hostile disc could lead out of the folder with', () => {
    for (const hostile of ['/../etc/passwd', '/a/../../b', '/a/./b', '//etc/passwd', '/a//b', '/', '', '/a/', '/..', '/.']) {
      expect(relativeOutputPath(hostile), hostile).toHaveProperty('problem');
    }
    expect(relativeOutputPath('/a\0b')).toEqual({ problem: 'it holds a NUL character' });
  });
});

describe("par2's names", () => {
  it('maps a stored name to its disc path, with or without ./', () => {
    expect(discPathOfPar2Name('./x')).toBe('/x');
    expect(discPathOfPar2Name('photos/a.jpg')).toBe('/photos/a.jpg');
    // only an escape a relativeOutputPath check then refuses
    expect(discPathOfPar2Name('../x')).toBe('/../x');
  });

  it("knows a session's PAR2 files by apply's names only", () => {
    expect(isSessionPar2Path('/.burnplan/session-02.par2', 2)).toBe(true);
    expect(isSessionPar2Path('/.burnplan/session-02.vol00+12.par2', 2)).toBe(true);
    expect(isSessionPar2Path('/.burnplan/session-12.vol000+240.par2', 12)).toBe(true);
    expect(isSessionPar2Path('/.burnplan/session-01.par2', 2)).toBe(false);
    expect(isSessionPar2Path('/photos/session-02.par2', 2)).toBe(false);
    expect(isSessionPar2Path('/.burnplan/session-02.sha256', 2)).toBe(false);
  });
});

describe('decideOutcome', () => {
  const md5 = (hex: string) => ({ md5: hex });
  const base: FileEvidence = { size: 10, before: md5('aa'), after: undefined, badSectors: [], recorded: { algorithm: 'md5', hex: 'aa' }, par2Md5: 'aa' };

  it('intact when the bytes read match the recorded checksum, repaired when they match after par2, else lost', () => {
    expect(decideOutcome(base)).toEqual({ outcome: 'intact', checkedWith: 'recorded' });
    expect(decideOutcome({ ...base, before: md5('bb'), after: md5('aa'), badSectors: [7] })).toEqual({ outcome: 'repaired', checkedWith: 'recorded' });
    expect(decideOutcome({ ...base, before: md5('bb'), after: md5('bb') })).toEqual({ outcome: 'lost', checkedWith: 'recorded' });
    expect(decideOutcome({ ...base, before: md5('bb') })).toEqual({ outcome: 'lost', checkedWith: 'recorded' });
  });

  it('the recorded checksum decides over PAR2 MD5, and a SHA-256 is compared as SHA-256', () => {
    expect(decideOutcome({ ...base, par2Md5: 'cc' }).outcome).toBe('intact');
    const sha = { ...base, recorded: { algorithm: 'sha256' as const, hex: 'ff' } };
    expect(decideOutcome({ ...sha, before: { md5: 'ff' } }).outcome).toBe('lost');
    expect(decideOutcome({ ...sha, before: { md5: '00', sha256: 'ff' } }).outcome).toBe('intact');
  });

  it("checks with PAR2's MD5 when nothing was recorded; unchecked with neither, lost when sectors were unreadable", () => {
    expect(decideOutcome({ ...base, recorded: undefined })).toEqual({ outcome: 'intact', checkedWith: 'par2' });
    expect(decideOutcome({ ...base, recorded: undefined, before: undefined, after: md5('aa') })).toEqual({ outcome: 'repaired', checkedWith: 'par2' });
    const neither = { ...base, recorded: undefined, par2Md5: undefined };
    expect(decideOutcome(neither)).toEqual({ outcome: 'unchecked', checkedWith: null });
    expect(decideOutcome({ ...neither, badSectors: [3] })).toEqual({ outcome: 'lost', checkedWith: null });
    expect(decideOutcome({ ...neither, size: 0, before: md5('d41d8cd98f00b204e9800998ecf8427e') })).toEqual({ outcome: 'intact', checkedWith: null });
  });
});
