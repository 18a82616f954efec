// The drive-list parsers on real captures only (test/fixtures/real-outputs, SOURCES.md there).
import { describe, expect, it } from 'vitest';
import { parseCdrecordDevices } from '../../../src/backends/cdrecord/parse-cdrecord-devices.js';
import { parseCdrecordScanbus } from '../../../src/backends/cdrecord/parse-cdrecord-scanbus.js';
import { parseXorrisoDevices, xorrisoVersion } from '../../../src/backends/xorriso/parse-xorriso-devices.js';
import { realOutput } from '../../helpers/fixtures.js';

describe('parseXorrisoDevices', () => {
  it('reads the drive line of xorriso 1.4.2, trailing blank and all', () => {
    const text = realOutput('xorriso-devices-1.4.2-01.txt');
    expect(parseXorrisoDevices(text)).toEqual({
      drives: [{ device: '/dev/sr0', permissions: 'rwrw--', vendor: 'TSSTcorp', model: 'DVD+-RW TS-L633J' }],
      busy: [],
      problems: [],
    });
    expect(xorrisoVersion(text)).toBe('xorriso 1.4.2');
  });

  it('lists the free drive and names the busy one once (xorriso 1.5.0 reports it twice)', () => {
    expect(parseXorrisoDevices(realOutput('xorriso-devices-busy-drive-1.5.0-01.txt'))).toEqual({
      drives: [{ device: '/dev/sr0', permissions: 'rwrw--', vendor: 'TSSTcorp', model: 'CDDVDW SH-S223C' }],
      busy: ['/dev/sr1'],
      // the NOTE lines about /dev/sr11 and /dev/sr12 (nodes without a drive) are not problems
      problems: [],
    });
  });

  it('finds no drive and keeps xorriso\'s words when there is none', () => {
    const text = realOutput('xorriso-devices-no-drives-local-stderr-01.txt');
    expect(parseXorrisoDevices(text)).toEqual({ drives: [], busy: [], problems: ['No drives found'] });
    expect(xorrisoVersion(text)).toBe('xorriso 1.5.4');
  });
});

describe('parseCdrecordDevices (wodim --devices, cdrskin --devices)', () => {
  it('reads wodim 1.1.x lines with their tab', () => {
    expect(parseCdrecordDevices(realOutput('wodim-devices-2drives-sony-01.txt')).drives).toEqual([
      { device: '/dev/scd0', permissions: 'rwrw--', vendor: 'SONY', model: 'CD-RW  CRX830E' },
      { device: '/dev/scd1', permissions: 'rwrw--', vendor: 'SONY', model: 'DVD RW DRU-500A' },
    ]);
    expect(parseCdrecordDevices(realOutput('wodim-devices-plextor-px760a-01.txt')).drives).toEqual([
      { device: '/dev/scd0', permissions: 'rwrw--', vendor: 'PLEXTOR', model: 'DVDR   PX-760A' },
    ]);
  });

  it('reads lines whose tab a forum turned into blanks, without the closing rule', () => {
    expect(parseCdrecordDevices(realOutput('wodim-devices-2drives-sg-tab-expanded-01.txt')).drives.map((d) => [d.device, d.vendor, d.model])).toEqual([
      ['/dev/sg1', 'TSSTcorp', 'CDDVDW SH-S223C'],
      ['/dev/sg2', 'CWID', 'USB SCSI CD-ROM'],
    ]);
    expect(parseCdrecordDevices(realOutput('wodim-devices-scd0-1.1.9-01.txt'))).toEqual({
      drives: [{ device: '/dev/scd0', permissions: 'rwrw--', vendor: 'HL-DT-ST', model: 'DVDRAM GH41N' }],
      busy: [],
      problems: [],
    });
  });

  it('keeps wodim\'s words when it cannot scan at all', () => {
    expect(parseCdrecordDevices(realOutput('wodim-devices-no-drive-local-stderr-01.txt'))).toEqual({
      drives: [],
      busy: [],
      problems: ['No such file or directory. Cannot open SCSI driver!'],
    });
  });

  it('reads cdrskin\'s list and its busy device', () => {
    expect(parseCdrecordDevices(realOutput('cdrskin-devices-busy-device-1.5.0-01.txt'))).toEqual({
      drives: [{ device: '/dev/sr0', permissions: 'rwrw--', vendor: 'TSSTcorp', model: 'CDDVDW SH-S223C' }],
      busy: ['/dev/sr1'],
      problems: [],
    });
  });

  it('finds nothing, and nothing to explain, in cdrskin\'s empty overview', () => {
    expect(parseCdrecordDevices(realOutput('cdrskin-devices-none-found-local-stdout-01.txt'))).toEqual({ drives: [], busy: [], problems: [] });
  });
});

describe('parseCdrecordScanbus', () => {
  it('reads cdrecord 3.02 (tabs, HOST ADAPTOR, empty targets)', () => {
    expect(parseCdrecordScanbus(realOutput('cdrecord-scanbus-3.02a10-cygwin-01.txt'))).toEqual({
      drives: [{ device: '0,0,0', vendor: 'HL-DT-ST', model: 'DVDRAM GP20N', revision: '1.02' }],
      busy: [],
      problems: [],
    });
  });

  it('leaves the hard disk out and reads the address of 8 characters or more', () => {
    expect(parseCdrecordScanbus(realOutput('cdrecord-scanbus-disk-and-nec-2.01.01a33-01.txt')).drives).toEqual([
      { device: '1001,0,0', vendor: '_NEC', model: 'DVD_RW ND-3550A', revision: '1.05' },
    ]);
  });

  it('finds no optical drive on a bus holding only a hard disk, and has no error to tell', () => {
    expect(parseCdrecordScanbus(realOutput('cdrecord-scanbus-disk-only-2.01.01a33-01.txt'))).toEqual({ drives: [], busy: [], problems: [] });
  });

  it('reads wodim\'s scanbus, tab-separated and re-indented by a forum', () => {
    expect(parseCdrecordScanbus(realOutput('wodim-scanbus-2buses-sony-01.txt')).drives).toEqual([
      { device: '1,0,0', vendor: 'SONY', model: 'CD-RW  CRX830E', revision: 'JPK4' },
      { device: '2,0,0', vendor: 'SONY', model: 'DVD RW DRU-500A', revision: '2.1a' },
    ]);
    expect(parseCdrecordScanbus(realOutput('wodim-scanbus-2drives-indented-1.1.9-01.txt')).drives.map((d) => [d.device, d.vendor, d.model, d.revision])).toEqual([
      ['1,0,0', 'HL-DT-ST', 'DVDRAM GH41N', 'MN01'],
      ['11,0,0', 'ASUS', 'SDRW-08D1S-U', 'A202'],
    ]);
  });

  it('reads the ATAPI excerpt of cdrecord 2.00.3 past its warnings', () => {
    expect(parseCdrecordScanbus(realOutput('cdrecord-scanbus-atapi-2.00.3-excerpt-01.txt')).drives).toEqual([
      { device: '0,1,0', vendor: 'OPTORITE', model: 'CD-RW CW5205', revision: '180E' },
    ]);
  });

  it('keeps the error of a scan that could not open the bus', () => {
    expect(parseCdrecordScanbus(realOutput('wodim-scanbus-no-drive-local-stderr-01.txt')).problems).toEqual(['No such file or directory. Cannot open SCSI driver!']);
  });
});
