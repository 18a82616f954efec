import { describe, expect, it } from 'vitest';
import { compileGlob, globMatches } from '../../../src/plan/glob-match.js';

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

  it('refuses malformed patterns', () => {
    expect(() => compileGlob('[abc')).toThrow('never closed');
    expect(() => compileGlob('abc\\')).toThrow('lone');
  });
});
