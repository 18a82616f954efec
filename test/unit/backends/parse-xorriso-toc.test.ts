import { describe, expect, it } from 'vitest';
import { DeviceError } from '../../../src/disc/device-errors.js';
import { parseXorrisoToc } from '../../../src/backends/xorriso/parse-xorriso-toc.js';
import { discFromToc } from '../../../src/backends/xorriso/read-xorriso-disc.js';
import { mediaKindFromName } from '../../../src/disc/media-names.js';
import { localRun, realOutput } from '../../helpers/fixtures.js';

const disc = (output: string, device = '/dev/sr0') => discFromToc(parseXorrisoToc(output), device, 'xorriso');

function deviceError(output: string, device = '/dev/sr0'): DeviceError {
  try {
    disc(output, device);
  } catch (error) {
    if (error instanceof DeviceError) return error;
    throw error;
  }
  throw new Error('expected a DeviceError');
}

describe('parseXorrisoToc on real drive output', () => {
  it('reads a 5-session appendable DVD+R whose sessions hold no ISO 9660', () => {
    const toc = parseXorrisoToc(realOutput('xorriso-toc-dvdplusr-5sessions-appendable-01.txt'));
    expect(toc.drive).toEqual({ vendor: 'TSSTcorp', model: 'CDDVDW SE-S084F', revision: 'TS00' });
    expect(toc.media).toBe('DVD+R');
    expect(toc.blocks).toEqual({ readable: 367920, writable: 1925136, overall: 2295104 });
    expect(toc.sessions.map((s) => [s.number, s.startLba, s.sizeSectors, s.iso, s.volumeId])).toEqual([
      [1, 0, 65264, false, ''],
      [2, 67312, 150736, false, ''],
      [3, 220096, 139920, false, ''],
      [4, 362064, 304, false, ''],
      [5, 364416, 3504, false, ''],
    ]);
    expect(toc.nextWritableAddress).toBe(369968);
    expect(disc(realOutput('xorriso-toc-dvdplusr-5sessions-appendable-01.txt'))).toMatchObject({
      media: { kind: 'dvd+r', description: 'DVD+R' },
      status: 'appendable',
      nextWritableAddress: 369968,
      freeSectors: 1925136,
    });
  });

  it('reads a 1-session appendable DVD-RW with its volume id', () => {
    const result = disc(realOutput('xorriso-toc-dvdrw-seq-1session-appendable-01.txt'));
    expect(result.media.kind).toBe('dvd-rw');
    expect(result.sessions).toEqual([{ number: 1, startLba: 0, sizeSectors: 131591 }]);
    expect(result.nextWritableAddress).toBe(174368);
    expect(result.freeSectors).toBe(2123520);
  });

  it('treats "Cannot obtain Table Of Content" as an error in xorriso\'s words, never as a disc', () => {
    const error = deviceError(realOutput('xorriso-toc-dvdplusr-cannot-obtain-toc-01.txt'));
    expect(error.message).toBe('/dev/sr0: xorriso could not read the disc (xorriso: Cannot obtain Table Of Content)');
  });

  it('reports a closed CD-R with no free space and no next writable address', () => {
    const result = disc(realOutput('xorriso-check-media-cdr-closed-01.txt').split('UNIX-SIGNAL')[0]!);
    expect(result.status).toBe('closed');
    expect(result.media.kind).toBe('cd-r');
    expect(result.nextWritableAddress).toBeUndefined();
  });

  it('reports an empty drive as no disc', () => {
    const error = deviceError(realOutput('xorriso-list-profiles-toc-no-medium-01.txt'));
    expect(error.reason).toBe('no-medium');
    expect(error.message).toBe('/dev/sr0: no disc in the drive');
  });

  it('reports a missing drive with libburn\'s words', () => {
    const error = deviceError(realOutput('xorriso-toc-cannot-acquire-local-stderr-01.txt'));
    expect(error.reason).toBe('missing');
    expect(error.message).toBe(
      "/dev/sr0: no such drive (libburn: File object '/dev/sr0' not found; libburn: Cannot access '/dev/sr0' as SG_IO CDROM drive; xorriso: Cannot acquire drive '/dev/sr0')",
    );
  });
});

describe('parseXorrisoToc on virtual discs (stdio:)', () => {
  it('reads a 3-session virtual disc', () => {
    const result = disc(localRun('xorriso-toc-stdio-3sessions'), 'stdio:/tmp/xo/ms.iso');
    expect(result).toEqual({
      device: 'stdio:/tmp/xo/ms.iso',
      tool: { backend: 'xorriso', program: 'xorriso' },
      drive: { vendor: 'YOYODYNE', model: 'WARP DRIVE', revision: 'FX01' },
      media: { kind: 'virtual', description: 'stdio file, overwriteable' },
      status: 'appendable',
      sessions: [
        { number: 1, startLba: 32, sizeSectors: 30 },
        { number: 2, startLba: 64, sizeSectors: 32 },
        { number: 3, startLba: 96, sizeSectors: 34 },
      ],
      nextWritableAddress: 160,
      freeSectors: 41739956,
      emulatedToc: true,
    });
  });

  it('reads a virtual disc file that does not exist yet as blank, its first session to start at 32', () => {
    expect(disc(localRun('xorriso-toc-stdio-blank'), 'stdio:/tmp/xo/none.iso')).toMatchObject({ status: 'blank', sessions: [], nextWritableAddress: 32 });
  });

  it('never mistakes an unreadable virtual disc for a blank one', () => {
    // xorriso says "is blank" here, but with a SORRY about the permission
    const output = localRun('xorriso-toc-stdio-permission-denied');
    expect(parseXorrisoToc(output).status).toBe('is blank');
    const error = deviceError(output, 'stdio:/tmp/xo/ro/ro.iso');
    expect(error.reason).toBe('permission');
    expect(error.message).toContain('permission denied (libburn: Failed to open device (a pseudo-drive) for reading : Permission denied)');
  });

  it('reads a file that holds no ISO 9660 as a closed disc with another session', () => {
    const result = disc(localRun('xorriso-toc-stdio-not-iso'), 'stdio:/tmp/xo/garbage.iso');
    expect(result.status).toBe('closed');
    expect(result.sessions).toEqual([{ number: 1, startLba: 1, sizeSectors: 1 }]);
    expect(result.freeSectors).toBe(0);
  });

  it('refuses an output without a media status, showing nothing it guessed', () => {
    expect(deviceError('Drive current: -outdev \'/dev/sr0\'\n').reason).toBe('unparsable');
    expect(deviceError('Media status : is shimmering\n').message).toBe('/dev/sr0: cannot understand xorriso\'s media status "is shimmering"');
  });
});

describe('mediaKindFromName', () => {
  it.each([
    ['CD-R', 'cd-r'],
    ['CD-RW', 'cd-rw'],
    ['CD-ROM', 'cd-rom'],
    ['DVD-R sequential recording', 'dvd-r'],
    ['DVD-R/DL sequential recording', 'dvd-r'],
    ['DVD-RW sequential recording', 'dvd-rw'],
    ['DVD-RW restricted overwrite', 'dvd-rw'],
    ['DVD+R', 'dvd+r'],
    ['DVD+R/DL', 'dvd+r'],
    ['DVD+RW', 'dvd+rw'],
    ['DVD-RAM', 'unknown'],
    ['DVD-ROM', 'dvd-rom'],
    ['BD-R sequential recording', 'bd-r'],
    ['BD-R random recording', 'bd-r'],
    ['BD-RE', 'bd-re'],
    ['BD-ROM', 'bd-rom'],
    ['stdio file, overwriteable', 'virtual'],
    ['is not recognizable', 'unknown'],
  ])('%s is %s', (name, kind) => {
    expect(mediaKindFromName(name)).toBe(kind);
  });
});
