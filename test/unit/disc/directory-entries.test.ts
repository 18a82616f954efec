import { describe, expect, it } from 'vitest';
import { parseDirectoryEntries, suspSkipLength } from '../../../src/disc/iso9660/directory-entries.js';
import type { DirectoryContext, DirectoryListing, DirectoryTree } from '../../../src/disc/iso9660/directory-entries.js';
import { both32, ce, directoryRecord, sp, suspEntry, ucs2Field } from '../../helpers/iso-builder.js';

const SECTOR = 2048;
const DIR = 0x02;
const MULTI = 0x80;

/** A directory extent: "." and ".." then `records`, packed into sectors as mastering tools do. */
function extent(...records: Buffer[]): Buffer {
  const sectors: Buffer[] = [];
  let sector = Buffer.alloc(SECTOR);
  let at = 0;
  for (const record of [directoryRecord({ name: Buffer.from([0]) }), directoryRecord({ name: Buffer.from([1]) }), ...records]) {
    if (at + record.length > SECTOR) {
      sectors.push(sector);
      sector = Buffer.alloc(SECTOR);
      at = 0;
    }
    record.copy(sector, at);
    at += record.length;
  }
  return Buffer.concat([...sectors, sector]);
}

const file = (name: string, extentLba: number, dataLength: number, flags = 0, systemUse?: Buffer) =>
  directoryRecord({ name: Buffer.from(name, 'latin1'), extentLba, dataLength, flags, systemUse });

const nm = (name: Buffer | string, flags = 0) => suspEntry('NM', Buffer.concat([Buffer.from([flags]), Buffer.from(name)]));
const pxMode = (mode: number) => suspEntry('PX', Buffer.concat([both32(mode), both32(1), both32(0), both32(0), both32(0)]));

function parse(data: Buffer, tree: DirectoryTree, more: Partial<DirectoryContext> = {}): DirectoryListing {
  return parseDirectoryEntries(data, { tree, suspSkip: 0, continuationBlocks: new Map(), ...more });
}

function entries(data: Buffer, tree: DirectoryTree, more: Partial<DirectoryContext> = {}) {
  const listing = parse(data, tree, more);
  if (!('entries' in listing)) throw new Error('missingBlocks' in listing ? `asks for blocks ${listing.missingBlocks.join(', ')}` : 'too many entries');
  return listing.entries;
}

/** A continuation block with `area` at `offset`. */
function block(area: Buffer, offset = 0): Buffer {
  const bytes = Buffer.alloc(SECTOR);
  area.copy(bytes, offset);
  return bytes;
}

describe('parseDirectoryEntries on ISO 9660 names', () => {
  it('lists files and directories, without "." and "..", with the ";1" version and a lone trailing dot stripped', () => {
    const data = extent(file('README.;1', 40, 5), file('A.TXT;1', 41, 3000), file('SUB', 50, SECTOR, DIR), file('EMPTY.;1', 42, 0));
    expect(entries(data, 'iso')).toEqual([
      { kind: 'file', name: 'README', size: 5, extents: [{ lba: 40, length: 5 }] },
      { kind: 'file', name: 'A.TXT', size: 3000, extents: [{ lba: 41, length: 3000 }] },
      { kind: 'directory', name: 'SUB', lba: 50, length: SECTOR },
      { kind: 'file', name: 'EMPTY', size: 0, extents: [] },
    ]);
  });

  it('reads the records of every sector, past the zero padding at the end of each', () => {
    const many = Array.from({ length: 80 }, (_, i) => file(`FILE${String(i).padStart(3, '0')}.TXT;1`, 100 + i, 1));
    const data = extent(...many);
    expect(data.length).toBeGreaterThan(SECTOR);
    const names = entries(data, 'iso').map((e) => e.name);
    expect(names).toHaveLength(80);
    expect(names.at(-1)).toBe('FILE079.TXT');
  });

  it('joins the records of a multi-extent file (ISO 9660 level 3) into one file', () => {
    const part = 0xffff_f800;
    const data = extent(file('BIG.ISO;1', 1000, part, MULTI), file('BIG.ISO;1', 1000 + part / SECTOR, part, MULTI), file('BIG.ISO;1', 5_000_000, 10), file('NEXT;1', 60, 1));
    expect(entries(data, 'iso')).toEqual([
      {
        kind: 'file',
        name: 'BIG.ISO',
        size: 2 * part + 10,
        extents: [{ lba: 1000, length: part }, { lba: 1000 + part / SECTOR, length: part }, { lba: 5_000_000, length: 10 }],
      },
      { kind: 'file', name: 'NEXT', size: 1, extents: [{ lba: 60, length: 1 }] },
    ]);
  });

  it('starts the data after an extended attribute record, and skips associated files', () => {
    const withXar = file('X.DAT;1', 70, 9);
    withXar[1] = 2;
    const data = extent(withXar, file('X.DAT;1', 80, 9, 0x04));
    expect(entries(data, 'iso')).toEqual([{ kind: 'file', name: 'X.DAT', size: 9, extents: [{ lba: 72, length: 9 }] }]);
  });

  it('decodes Joliet names (UCS-2 big-endian, surrogate pairs too) and strips ";1"', () => {
    const joliet = (name: string, flags = 0) => directoryRecord({ name: ucs2Field(name, name.length * 2), extentLba: 30, dataLength: 4, flags });
    const data = extent(joliet('Über Fotos 😀.jpg;1'), joliet('-dir with "quotes"', DIR), joliet('noext'));
    expect(entries(data, 'joliet').map((e) => [e.kind, e.name])).toEqual([
      ['file', 'Über Fotos 😀.jpg'],
      ['directory', '-dir with "quotes"'],
      ['file', 'noext'],
    ]);
  });

  it('ignores SUSP entries outside the Rock Ridge tree', () => {
    const data = extent(file('A.TXT;1', 40, 1, 0, nm('real name.txt')));
    expect(entries(data, 'iso')[0]?.name).toBe('A.TXT');
  });
});

describe('parseDirectoryEntries on Rock Ridge names', () => {
  it('takes the NM name, and the ISO name when a record has none', () => {
    const data = extent(file('LONG_NAM.TXT;1', 40, 1, 0, Buffer.concat([pxMode(0o100644), nm('long name with spaces.txt')])), file('PLAIN.TXT;1', 41, 1));
    expect(entries(data, 'rock-ridge').map((e) => e.name)).toEqual(['long name with spaces.txt', 'PLAIN.TXT']);
  });

  it('joins an NM name split over several entries, even inside a UTF-8 character', () => {
    const bytes = Buffer.from('Grüße aus Köln.txt');
    const split = Buffer.concat([nm(bytes.subarray(0, 3), 0x01), pxMode(0o100644), nm(bytes.subarray(3, 10), 0x01), nm(bytes.subarray(10))]);
    expect(entries(extent(file('GRUSSE.TXT;1', 40, 1, 0, split)), 'rock-ridge')[0]?.name).toBe('Grüße aus Köln.txt');
  });

  it('asks for the block of a CE entry, then reads the NM name in its continuation area', () => {
    const name = 'n'.repeat(200);
    const data = extent(file('N.TXT;1', 40, 1, 0, Buffer.concat([nm(name.slice(0, 50), 0x01), ce(90, 100, 160)])));
    expect(parse(data, 'rock-ridge')).toEqual({ missingBlocks: [90] });
    const continuationBlocks = new Map([[90, block(nm(name.slice(50)), 100)]]);
    expect(entries(data, 'rock-ridge', { continuationBlocks })[0]?.name).toBe(name);
  });

  it('follows a chain of continuation areas, one block per round, and asks for all a directory needs at once', () => {
    const data = extent(file('A;1', 40, 1, 0, ce(90, 0, 40)), file('B;1', 41, 1, 0, ce(91, 0, 40)));
    expect(parse(data, 'rock-ridge')).toEqual({ missingBlocks: [90, 91] });
    const blocks = new Map([[90, block(Buffer.concat([nm('first', 0x01), ce(92, 8, 20)]))], [91, block(nm('b'))]]);
    expect(parse(data, 'rock-ridge', { continuationBlocks: blocks })).toEqual({ missingBlocks: [92] });
    blocks.set(92, block(nm(' part'), 8));
    expect(entries(data, 'rock-ridge', { continuationBlocks: blocks }).map((e) => e.name)).toEqual(['first part', 'b']);
  });

  it('ends a continuation chain that loops', () => {
    const data = extent(file('LOOP;1', 40, 1, 0, Buffer.concat([nm('loop', 0x01), ce(90, 0, 40)])));
    const continuationBlocks = new Map([[90, block(Buffer.concat([nm('y', 0x01), ce(90, 0, 40)]))]]);
    expect(entries(data, 'rock-ridge', { continuationBlocks })[0]?.name).toMatch(/^loopy+$/);
  });

  it('skips LEN_SKP bytes of each System Use area, as the root\'s SP entry says', () => {
    const root = directoryRecord({ name: Buffer.from([0]), systemUse: sp() });
    root[33 + 1 + 6] = 3;
    expect(suspSkipLength(root)).toBe(3);
    expect(suspSkipLength(directoryRecord({ name: Buffer.from([0]) }))).toBeUndefined();
    const data = extent(file('A;1', 40, 1, 0, Buffer.concat([Buffer.from('XYZ'), nm('skipped ok')])));
    expect(entries(data, 'rock-ridge', { suspSkip: 3 })[0]?.name).toBe('skipped ok');
  });

  it('falls back to the ISO name for an NM that names "." or "..", or holds a "/"', () => {
    const data = extent(file('A;1', 40, 1, 0, nm('', 0x02)), file('B;1', 41, 1, 0, nm('x/y')), file('C;1', 42, 1, 0, nm('..')));
    expect(entries(data, 'rock-ridge').map((e) => e.name)).toEqual(['A', 'B', 'C']);
  });

  it('reports symlinks (PX mode or SL) and special files, which have no data to hash', () => {
    const sl = suspEntry('SL', Buffer.from([0, 0, 4, ...Buffer.from('dest')]));
    const data = extent(
      file('LINK;1', 40, 0, 0, Buffer.concat([pxMode(0o120777), nm('link'), sl])),
      file('LINK2;1', 40, 0, 0, Buffer.concat([nm('link2'), sl])),
      file('FIFO;1', 40, 0, 0, Buffer.concat([pxMode(0o010644), nm('fifo')])),
    );
    expect(entries(data, 'rock-ridge')).toEqual([
      { kind: 'symlink', name: 'link' },
      { kind: 'symlink', name: 'link2' },
      { kind: 'special', name: 'fifo' },
    ]);
  });

  it('follows a CL child link to a relocated directory and skips its RE entry in rr_moved', () => {
    const placeholder = file('DEEP;1', 77, 0, 0, Buffer.concat([pxMode(0o040755), nm('deep'), suspEntry('CL', both32(30))]));
    const relocated = file('DEEP', 30, SECTOR, DIR, Buffer.concat([pxMode(0o040755), nm('deep'), suspEntry('RE')]));
    expect(entries(extent(placeholder), 'rock-ridge')).toEqual([{ kind: 'directory', name: 'deep', lba: 30, length: undefined }]);
    expect(entries(extent(relocated), 'rock-ridge')).toEqual([]);
  });

  it('never throws on garbage', () => {
    let state = 7;
    for (let round = 0; round < 50; round++) {
      const bytes = Buffer.alloc(SECTOR * 2);
      for (let at = 0; at < bytes.length; at++) {
        state = (state * 1103515245 + 12345) >>> 0;
        bytes[at] = state >>> 24;
      }
      for (const tree of ['rock-ridge', 'joliet', 'iso'] as const) {
        expect(() => parse(bytes, tree, { suspSkip: round, continuationBlocks: new Map([[round, bytes]]) })).not.toThrow();
      }
    }
  });
});
