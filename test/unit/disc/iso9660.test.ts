import { describe, expect, it } from 'vitest';
import { parseDirectoryRecord } from '../../../src/disc/iso9660/directory-record.js';
import { bothEndian16, bothEndian32, decDateTime, isoText } from '../../../src/disc/iso9660/iso-fields.js';
import { detectRockRidge } from '../../../src/disc/iso9660/rock-ridge.js';
import { parseVolumeDescriptorSet } from '../../../src/disc/iso9660/volume-descriptors.js';
import {
  both16,
  both32,
  ce,
  dateBytes,
  directoryRecord,
  er,
  primaryDescriptor,
  px,
  rootExtent,
  sp,
  st,
  suspEntry,
  supplementaryDescriptor,
  terminator,
} from '../../helpers/iso-builder.js';

const set = (...sectors: Buffer[]) => Buffer.concat(sectors);

/** A deterministic pseudo-random byte source, so a failing garbage case can be replayed. */
function noise(seed: number, length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed >>> 0 || 1;
  for (let at = 0; at < length; at++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[at] = state & 0xff;
  }
  return bytes;
}

describe('ISO 9660 field decoders', () => {
  it('reads the little-endian half of both-endian numbers, and nothing past the end', () => {
    const mixed = Buffer.concat([Buffer.from([0x10, 0, 0, 0]), Buffer.from([0, 0, 0, 0x99])]);
    expect(bothEndian32(mixed, 0)).toBe(16);
    expect(bothEndian32(both32(0x12345678), 0)).toBe(0x12345678);
    expect(bothEndian16(both16(2048), 0)).toBe(2048);
    expect(bothEndian32(both32(1), 1)).toBeUndefined();
    expect(bothEndian16(Buffer.alloc(3), 0)).toBeUndefined();
  });

  it('reads labels as UTF-8, falling back to Latin-1 for bytes that are not UTF-8', () => {
    expect(isoText(Buffer.from('Über Fotos   '), 0, 14)).toBe('Über Fotos');
    expect(isoText(Buffer.from([0x46, 0xfc, 0x72, 0x20, 0x00]), 0, 5)).toBe('Für');
  });

  it('turns a dec-datetime into ISO 8601 text with its offset', () => {
    expect(decDateTime(dateBytes('2026112404384600', 0), 0)).toBe('2026-11-24T04:38:46.00+00:00');
    expect(decDateTime(dateBytes('1999123123595999', 4), 0)).toBe('1999-12-31T23:59:59.99+01:00');
    expect(decDateTime(dateBytes('2001010100000000', -14), 0)).toBe('2001-01-01T00:00:00.00-03:30');
  });

  it.each([
    ['all zero digits', dateBytes('0000000000000000', 0)],
    ['all zero bytes', Buffer.alloc(17)],
    ['blanks', Buffer.alloc(17, ' ')],
    ['month 13', dateBytes('2026130100000000', 0)],
    ['offset beyond +13:00', dateBytes('2026010100000000', 60)],
  ])('leaves the date undefined for %s', (_name, bytes) => {
    expect(decDateTime(bytes, 0)).toBeUndefined();
  });

  it('finds the System Use area after the identifier and its pad byte', () => {
    const odd = parseDirectoryRecord(directoryRecord({ name: Buffer.from('A.TXT;1'), systemUse: Buffer.from('SUSP') }), 0);
    const even = parseDirectoryRecord(directoryRecord({ name: Buffer.from('AB'), systemUse: Buffer.from('SUSP') }), 0);
    expect(odd?.systemUse.toString('latin1', 0, 4)).toBe('SUSP');
    expect(even?.systemUse.toString('latin1', 0, 4)).toBe('SUSP');
    expect(parseDirectoryRecord(Buffer.from([40, 0]), 0)).toBeUndefined();
  });
});

describe('parseVolumeDescriptorSet', () => {
  it('reads every field of the primary volume descriptor', () => {
    const volume = parseVolumeDescriptorSet(
      set(
        primaryDescriptor({
          systemId: 'LINUX',
          volumeId: 'Über2026',
          volumeSetId: 'family-archive',
          publisherId: 'P',
          preparerId: 'PREP',
          applicationId: 'APPID',
          volumeSpaceSize: 182,
          rootLba: 4711,
          rootLength: 4096,
          creationDate: dateBytes('2026112404384600', 0),
        }),
        terminator(),
      ),
    );
    expect(volume).toEqual({
      systemId: 'LINUX',
      volumeId: 'Über2026',
      volumeSetId: 'family-archive',
      publisherId: 'P',
      preparerId: 'PREP',
      applicationId: 'APPID',
      volumeSpaceSize: 182,
      logicalBlockSize: 2048,
      rootDirectory: { extentLba: 4711, dataLength: 4096 },
      creationDate: '2026-11-24T04:38:46.00+00:00',
    });
  });

  it('omits an unspecified creation date and Joliet when there is none', () => {
    const volume = parseVolumeDescriptorSet(set(primaryDescriptor(), terminator()));
    expect(volume).toBeDefined();
    expect(volume).not.toHaveProperty('creationDate');
    expect(volume).not.toHaveProperty('joliet');
  });

  it.each([
    ['%/@', 1],
    ['%/C', 2],
    ['%/E', 3],
  ])('reads a Joliet descriptor with escape %s as level %i', (escape, level) => {
    const svd = supplementaryDescriptor({ volumeId: 'Fotos Ü 2026', volumeSetId: 'family-archive', escape });
    const before = Buffer.from(svd);
    const volume = parseVolumeDescriptorSet(set(primaryDescriptor(), svd, terminator()));
    expect(volume?.joliet).toEqual({ volumeId: 'Fotos Ü 2026', volumeSetId: 'family-archive', level });
    expect(svd.equals(before)).toBe(true);
  });

  it('ignores a supplementary descriptor without a Joliet escape sequence', () => {
    const volume = parseVolumeDescriptorSet(set(primaryDescriptor(), supplementaryDescriptor({ escape: '   ' }), terminator()));
    expect(volume).not.toHaveProperty('joliet');
  });

  it('takes a Joliet descriptor that comes before the primary one, and stops at the terminator', () => {
    const afterTerminator = supplementaryDescriptor({ volumeId: 'LATE' });
    const volume = parseVolumeDescriptorSet(set(supplementaryDescriptor({ volumeId: 'EARLY', escape: '%/@' }), primaryDescriptor(), terminator(), afterTerminator));
    expect(volume?.joliet).toEqual({ volumeId: 'EARLY', volumeSetId: '', level: 1 });
    expect(parseVolumeDescriptorSet(set(primaryDescriptor(), terminator(), afterTerminator))).not.toHaveProperty('joliet');
  });

  it.each([
    ['zeros (a blank or audio session)', Buffer.alloc(2048 * 4)],
    ['a UDF volume recognition sequence', set(Buffer.from('\0BEA01\x01'), Buffer.alloc(2041))],
    ['a terminator only', terminator()],
    ['a Joliet descriptor without a primary one', set(supplementaryDescriptor(), terminator())],
    ['an empty buffer', Buffer.alloc(0)],
  ])('says "not ISO 9660" for %s', (_name, data) => {
    expect(parseVolumeDescriptorSet(data)).toBeUndefined();
  });

  it('reads a set that ends before its terminator, and ignores a partial sector', () => {
    expect(parseVolumeDescriptorSet(primaryDescriptor())?.volumeId).toBe('LABEL');
    const partialSvd = supplementaryDescriptor().subarray(0, 1000);
    expect(parseVolumeDescriptorSet(set(primaryDescriptor(), partialSvd))).not.toHaveProperty('joliet');
    expect(parseVolumeDescriptorSet(primaryDescriptor().subarray(0, 2047))).toBeUndefined();
  });

  it.each([0, 4096, 1000, 65535])('refuses a primary descriptor with logical block size %i', (size) => {
    expect(parseVolumeDescriptorSet(set(primaryDescriptor({ logicalBlockSize: size }), terminator()))).toBeUndefined();
  });

  it('accepts the smaller block sizes ECMA-119 allows', () => {
    expect(parseVolumeDescriptorSet(primaryDescriptor({ logicalBlockSize: 512 }))?.logicalBlockSize).toBe(512);
  });

  it('never throws on garbage, cut-off sets or a garbled primary descriptor', () => {
    const good = set(primaryDescriptor(), supplementaryDescriptor(), terminator());
    for (let seed = 1; seed <= 300; seed++) {
      const random = noise(seed, 2048 * 3);
      random.write('CD001', 1, 'latin1');
      random[0] = seed % 3;
      const garbled = Buffer.from(good);
      noise(seed, 300).copy(garbled, (seed * 37) % 2048);
      for (const data of [random, garbled, good.subarray(0, seed * 20)]) {
        expect(() => parseVolumeDescriptorSet(data)).not.toThrow();
      }
    }
  });
});

describe('detectRockRidge', () => {
  it('finds Rock Ridge from SP and an RRIP ER entry in the "." entry', () => {
    for (const id of ['RRIP_1991A', 'IEEE_P1282', 'IEEE_1282']) {
      expect(detectRockRidge(rootExtent(set(sp(), er(id))))).toEqual({ present: true });
    }
  });

  it('finds Rock Ridge from SP and RRIP entries without any ER (as xorriso writes the "." entry)', () => {
    expect(detectRockRidge(rootExtent(set(sp(), px())))).toEqual({ present: true });
    expect(detectRockRidge(rootExtent(set(sp(), suspEntry('RR', Buffer.from([0x81])))))).toEqual({ present: true });
  });

  it('asks for the continuation area a CE entry points to, and decides with it', () => {
    const root = rootExtent(set(sp(), ce(52, 100, 237)));
    expect(detectRockRidge(root)).toEqual({ needContinuation: { lba: 52, offset: 100, length: 237 } });
    expect(detectRockRidge(root, [set(er('IEEE_1282'), st())])).toEqual({ present: true });
    expect(detectRockRidge(root, [er('AAIP_0200')])).toEqual({ present: false });
  });

  it('follows a chain of continuation areas', () => {
    const root = rootExtent(set(sp(), ce(30, 0, 60)));
    expect(detectRockRidge(root, [ce(31, 8, 40)])).toEqual({ needContinuation: { lba: 31, offset: 8, length: 40 } });
    expect(detectRockRidge(root, [ce(31, 8, 40), er('RRIP_1991A')])).toEqual({ present: true });
  });

  it('answers from the inline entries without reading a continuation area', () => {
    expect(detectRockRidge(rootExtent(set(sp(), px(), ce(30, 0, 237))))).toEqual({ present: true });
  });

  it.each([
    ['no System Use area', rootExtent(Buffer.alloc(0))],
    ['RRIP entries without SP', rootExtent(set(px(), er('RRIP_1991A')))],
    ['SP with wrong check bytes', rootExtent(set(sp([0xbe, 0xee]), px()))],
    ['SP and another extension only', rootExtent(set(sp(), er('AAIP_0200')))],
    ['SP, then ST before the RRIP entries', rootExtent(set(sp(), st(), px()))],
    ['an empty extent', Buffer.alloc(2048)],
    ['a truncated extent', rootExtent(set(sp(), px())).subarray(0, 20)],
  ])('finds no Rock Ridge with %s', (_name, extent) => {
    expect(detectRockRidge(extent)).toEqual({ present: false });
  });

  it('never throws on garbage System Use areas or continuation areas', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const extent = rootExtent(set(sp(), noise(seed, seed % 200)));
      expect(() => detectRockRidge(extent, [noise(seed + 1000, seed % 64)])).not.toThrow();
      expect(() => detectRockRidge(noise(seed, 2048))).not.toThrow();
    }
  });
});
