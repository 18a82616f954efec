import { describe, expect, it } from 'vitest';
import { compileGlob, globMatches, GlobSyntaxError } from '../../../src/plan/glob-match.js';

const matches = (pattern: string, relativePath: string) => globMatches(compileGlob(pattern), relativePath);

describe('exclude globs', () => {
  it('matches names anywhere when the pattern has no slash', () => {
    expect(matches('*.tmp', 'a.tmp')).toBe(true);
    expect(matches('*.tmp', 'deep/down/b.tmp')).toBe(true);
    expect(matches('*.tmp', 'a.tmpx')).toBe(false);
    expect(matches('Thumbs.db', 'x/Thumbs.db')).toBe(true);
    expect(matches('Thumbs.db', 'x/ThumbsXdb')).toBe(false);
  });

  it('matches paths inside the source when the pattern has a slash', () => {
    expect(matches('cache/**', 'cache/a/b')).toBe(true);
    expect(matches('cache/**', 'other/cache/a')).toBe(false);
    expect(matches('**/build', 'a/b/build')).toBe(true);
    expect(matches('**/build', 'build')).toBe(true);
    expect(matches('/top.txt', 'top.txt')).toBe(true);
    expect(matches('a/*.txt', 'a/b/c.txt')).toBe(false);
  });

  it('supports ?, sets, negated sets and escapes', () => {
    expect(matches('IMG_000?.jpg', 'IMG_0001.jpg')).toBe(true);
    expect(matches('[ab].txt', 'b.txt')).toBe(true);
    expect(matches('[!ab].txt', 'b.txt')).toBe(false);
    expect(matches('[!ab].txt', 'c.txt')).toBe(true);
    expect(matches('\\*.txt', '*.txt')).toBe(true);
    expect(matches('\\*.txt', 'a.txt')).toBe(false);
    expect(matches('(x)+.txt', '(x)+.txt')).toBe(true);
  });

  it('matches names that start with a dot like any other (hiddenFiles decides about those)', () => {
    expect(matches('*', '.hidden')).toBe(true);
    expect(matches('*.tmp', 'a/.tmp')).toBe(true);
    expect(matches('cache/**', 'cache/.git/config')).toBe(true);
  });

  it('matches what is inside a folder with "folder/**", not the folder itself', () => {
    expect(matches('cache/**', 'cache')).toBe(false);
    expect(matches('cache/**', 'cache/a')).toBe(true);
    expect(matches('a/**/b', 'a/b')).toBe(true);
    expect(matches('a/**/b', 'a/x/y/b')).toBe(true);
  });

  it('takes characters other shells give a meaning to literally', () => {
    for (const literal of ['{a,b}.txt', '!keep.txt', '@(a).txt', 'a|b', '"quoted".txt', 'a+b', '$HOME', '^x', 'x]y', '#1', 'a-b']) {
      expect(matches(literal, literal), literal).toBe(true);
    }
    expect(matches('{a,b}.txt', 'a.txt')).toBe(false);
    expect(matches('!keep.txt', 'other.txt')).toBe(false);
    expect(matches('(a|b).txt', 'a.txt')).toBe(false);
    expect(matches('"a".txt', 'a.txt')).toBe(false);
    expect(matches('./x', 'x')).toBe(false);
    expect(matches('a.b', 'axb')).toBe(false);
  });

  it('matches one character with ?, even outside the 16-bit range', () => {
    expect(matches('?.jpg', '😀.jpg')).toBe(true);
    expect(matches('[😀é].jpg', '😀.jpg')).toBe(true);
    expect(matches('?', 'ab')).toBe(false);
  });

  it('compares names case for case', () => {
    expect(matches('*.JPG', 'a.jpg')).toBe(false);
  });

  it('escapes a backslash with a backslash', () => {
    expect(matches('a\\\\b', 'a\\b')).toBe(true);
    expect(matches('[\\]', '\\')).toBe(true);
    expect(matches('\\\\\\\\', '\\\\')).toBe(true);
  });

  it('refuses malformed patterns', () => {
    expect(() => compileGlob('[abc')).toThrow('never closed');
    expect(() => compileGlob('abc\\')).toThrow('lone');
  });

  it('refuses a set whose range runs backwards with a GlobSyntaxError', () => {
    expect(() => compileGlob('[z-a].txt')).toThrow(GlobSyntaxError);
    expect(() => compileGlob('[z-a].txt')).toThrow('range');
  });
});
