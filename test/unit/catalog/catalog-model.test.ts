import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCatalog } from '../../../src/catalog/catalog-json.js';
import { locate, matchPath } from '../../../src/catalog/catalog-match.js';
import { addMissing, compareBytes, emptyCatalog, knownCopies, mergeSession, type SessionRecord } from '../../../src/catalog/catalog-model.js';

const record = (over: Partial<SessionRecord> & { copy?: SessionRecord['copy'] } = {}): SessionRecord => ({
  discId: 'archive',
  number: 1,
  label: 'One',
  fingerprint: 'AAAA',
  copy: { copy: 1, startLba: 32, verified: true },
  files: [{ path: '/b.txt', size: 2, md5: '0'.repeat(32), lba: 40 }, { path: '/a.txt', size: 1, md5: '1'.repeat(32), lba: 41 }],
  ...over,
});

describe('the catalog model', () => {
  it('orders discs by the plan then by id, sessions, copies and files (by bytes) whatever the order of merging', () => {
    const records = [
      record({ discId: 'zeta', copy: { copy: 2, verified: false } }),
      record({ number: 2, label: 'Two', fingerprint: 'BBBB', files: [{ path: '/Z', size: 0 }, { path: '/a', size: 0 }, { path: '/É', size: 0 }] }),
      record({ discId: 'beta' }),
      record({ discId: 'zeta' }),
      record(),
    ];
    const forward = records.reduce((c, r) => mergeSession(c, r, ['zeta']), emptyCatalog());
    const backward = [...records].reverse().reduce((c, r) => mergeSession(c, r, ['zeta']), emptyCatalog());
    expect(formatCatalog(forward)).toBe(formatCatalog(backward));
    expect(forward.discs.map((d) => d.id)).toEqual(['zeta', 'archive', 'beta']);
    expect(forward.discs[0]!.sessions[0]!.copies.map((c) => c.copy)).toEqual([1, 2]);
    expect(forward.discs[1]!.sessions.map((s) => s.number)).toEqual([1, 2]);
    expect(forward.discs[1]!.sessions[1]!.files.map((f) => f.path)).toEqual(['/Z', '/a', '/É']);
    expect(forward.discs[1]!.sessions[0]!.files.map((f) => f.path)).toEqual(['/a.txt', '/b.txt']);
  });

  it('writes one file per line with a trailing newline, the same bytes each time', () => {
    const text = formatCatalog(mergeSession(emptyCatalog(), record()));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n            {"path":"/a.txt","size":1,"md5":"11111111111111111111111111111111","lba":41},\n');
    expect(JSON.parse(text)).toEqual(mergeSession(emptyCatalog(), record()));
    expect(formatCatalog(emptyCatalog())).toBe('{\n  "format": "burnplan-catalog/1",\n  "discs": []\n}\n');
  });

  it('a copy read again replaces its entry; another copy joins it; files read from a disc beat files from a plan', () => {
    let catalog = mergeSession(emptyCatalog(), record({ copy: { copy: 1, verified: false }, files: [{ path: '/a.txt', size: 1 }] }));
    catalog = mergeSession(catalog, record());
    catalog = mergeSession(catalog, record({ copy: { copy: 2, verified: false }, files: [] }));
    const session = catalog.discs[0]!.sessions[0]!;
    expect(session.copies).toEqual([{ copy: 1, startLba: 32, verified: true }, { copy: 2, verified: false }]);
    expect(session.files.map((f) => f.lba)).toEqual([41, 40]);
    // a planned (not yet read) record of a copy keeps the files read from the disc
    catalog = mergeSession(catalog, record({ copy: { copy: 3, verified: false }, files: [{ path: '/a.txt', size: 1 }] }));
    expect(catalog.discs[0]!.sessions[0]!.files).toHaveLength(2);
  });

  it('a session of another fingerprint at the same number replaces the one recorded', () => {
    const catalog = mergeSession(mergeSession(emptyCatalog(), record()), record({ fingerprint: 'CCCC', copy: { copy: 2, verified: true }, files: [] }));
    expect(catalog.discs[0]!.sessions).toEqual([{ number: 1, label: 'One', fingerprint: 'CCCC', copies: [{ copy: 2, verified: true }], files: [] }]);
  });

  it('knownCopies: for each disc and copy the sessions recorded and whether each verified', () => {
    let catalog = mergeSession(emptyCatalog(), record());
    catalog = mergeSession(catalog, record({ number: 2, fingerprint: 'BBBB', copy: { copy: 1, verified: false } }));
    catalog = mergeSession(catalog, record({ copy: { copy: 2, verified: true } }));
    expect(knownCopies(catalog)).toEqual([
      { discId: 'archive', copy: 1, sessions: [{ number: 1, verified: true }, { number: 2, verified: false }] },
      { discId: 'archive', copy: 2, sessions: [{ number: 1, verified: true }] },
    ]);
  });

  it('addMissing adds the copies another catalog knows, never overriding one already recorded', () => {
    const here = mergeSession(emptyCatalog(), record());
    const carried = mergeSession(mergeSession(emptyCatalog(), record({ copy: { copy: 1, verified: false } })), record({ copy: { copy: 2, verified: true } }));
    const merged = addMissing(here, carried);
    expect(merged.discs[0]!.sessions[0]!.copies).toEqual([{ copy: 1, startLba: 32, verified: true }, { copy: 2, verified: true }]);
  });
});

describe('byte order of paths', () => {
  it('is the order of their UTF-8 bytes, beyond U+FFFF too, without encoding them', () => {
    const characters = fc.constantFrom('a', 'B', '/', '.', 'é', '\u00ff', '\u0100', '日', '\ud7ff', '\ue000', '\uffff', '😀', '\u{10000}', '\u{10ffff}');
    const paths = fc.array(characters, { maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(paths, paths, (a, b) => {
        expect(compareBytes(a, b)).toBe(Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('locate', () => {
  it('a pattern without "/" matches base names anywhere, one with "/" whole paths, in the plan glob dialect', () => {
    expect(matchPath('*.jpg')('/photos/2026/a.jpg')).toBe(true);
    expect(matchPath('a.jpg')('/photos/a.jpg')).toBe(true);
    expect(matchPath('photos')('/photos/a.jpg')).toBe(false);
    expect(matchPath('photos/**')('/photos/2026/a.jpg')).toBe(true);
    expect(matchPath('/photos/*.jpg')('/photos/2026/a.jpg')).toBe(false);
    expect(matchPath('[ab].txt')('/x/b.txt')).toBe(true);
  });

  it('names each session and the copies that hold a file, and the copies the plan keeps that do not yet', () => {
    let catalog = mergeSession(emptyCatalog(), record());
    catalog = mergeSession(catalog, record({ copy: { copy: 2, verified: false } }));
    catalog = mergeSession(catalog, record({ number: 2, fingerprint: 'BBBB', files: [{ path: '/a.txt', size: 3 }] }));
    const found = locate(catalog, 'a.txt', new Map([['archive', 3]]));
    expect(found).toEqual([
      {
        path: '/a.txt',
        size: 1,
        md5: '1'.repeat(32),
        places: [
          { discId: 'archive', session: 1, label: 'One', lba: 41, copies: [{ copy: 1, verified: true }, { copy: 2, verified: false }], missingCopies: [3] },
          { discId: 'archive', session: 2, label: 'One', copies: [{ copy: 1, verified: true }], missingCopies: [2, 3] },
        ],
      },
    ]);
    expect(locate(catalog, 'nothing*')).toEqual([]);
  });
});
