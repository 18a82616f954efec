import { describe, expect, it } from 'vitest';
import { formatManifest, isManifestDiscPath, manifestDiscPath, parseManifest, placeholderManifest } from '../../src/checksums/checksum-manifest.js';

const A = 'a'.repeat(64);
const B = 'B'.repeat(64);

describe('the checksum manifest of a session', () => {
  it('is named after the session number', () => {
    expect(manifestDiscPath(2)).toBe('/.burnplan/session-02.sha256');
    expect(manifestDiscPath(99)).toBe('/.burnplan/session-99.sha256');
    expect(isManifestDiscPath('/.burnplan/session-02.sha256')).toBe(true);
    expect(isManifestDiscPath('/photos/session-02.sha256')).toBe(false);
  });

  it('is written as sha256sum writes it: sorted, relative names, names with a newline or backslash escaped', () => {
    const text = formatManifest([
      { discPath: '/z/last.txt', hex: A },
      { discPath: '/odd\nname\\x', hex: A },
      { discPath: '/a b/$(x) `y`.txt', hex: A },
    ]);
    expect(text).toBe(`${A}  a b/$(x) \`y\`.txt\n\\${A}  odd\\nname\\\\x\n${A}  z/last.txt\n`);
  });

  it('has the same size with placeholders as with the real checksums', () => {
    const paths = ['/one', '/two/three ünïcode'];
    expect(Buffer.byteLength(placeholderManifest(paths))).toBe(Buffer.byteLength(formatManifest(paths.map((discPath) => ({ discPath, hex: A })))));
  });

  it('reads back what it wrote, and what sha256sum wrote (binary marker, ./ prefix)', () => {
    const written = formatManifest([
      { discPath: '/odd\nname\\x', hex: A },
      { discPath: '/plain.txt', hex: B },
    ]);
    const { checksums, problems } = parseManifest(`${written}${B} *./bin/file\n`);
    expect(problems).toEqual([]);
    expect([...checksums]).toEqual([
      ['/odd\nname\\x', A],
      ['/plain.txt', B.toLowerCase()],
      ['/bin/file', B.toLowerCase()],
    ]);
  });

  it('reports lines that are not checksum lines', () => {
    expect(parseManifest(`${A}  fine\nnot a line\n`).problems).toEqual(['line 2 is not a checksum line']);
  });
});

describe('a placeholder manifest (burned by hand from the preview commands)', () => {
  it('reads as files without recorded checksums', () => {
    const parsed = parseManifest(placeholderManifest(['/a.txt', '/b/c.txt']));
    expect(parsed.checksums.size).toBe(0);
    expect(parsed.unrecorded).toEqual(['/a.txt', '/b/c.txt']);
    expect(parsed.problems).toEqual([]);
  });
});
