// The text and JSON forms of a drives report, on reports built by hand.
import { describe, expect, it } from 'vitest';
import type { DrivesReport, FoundDrive } from '../../../src/drives/drive-model.js';
import { drivesJson } from '../../../src/render/drives-json.js';
import { mediaText, renderDrives, renderNoDrives } from '../../../src/render/drives-text.js';

const tool = { backend: 'xorriso' as const, program: '/usr/bin/xorriso', version: 'xorriso 1.5.4' };
const sr0: FoundDrive = { device: '/dev/sr0', vendor: 'TSSTcorp', model: 'CDDVDW SH-S223C', revision: 'SB01', permissions: 'rwrw--' };
const report = (over: Partial<DrivesReport>): DrivesReport => ({ tool, scanCommand: 'xorriso -devices', drives: [], unusable: [], ...over });

describe('mediaText', () => {
  it('says what is in the drive in a few words', () => {
    expect(mediaText({ state: 'loaded', kind: 'cd-r', description: 'CD-R', status: 'blank', sessions: 0, freeSectors: 359849 })).toBe('CD-R, blank, 702.8 MiB free');
    expect(mediaText({ state: 'loaded', kind: 'dvd+r', description: 'DVD+R', status: 'appendable', sessions: 5, freeSectors: 1925136 })).toBe('DVD+R, appendable, 5 sessions, 3760.0 MiB free');
    expect(mediaText({ state: 'loaded', kind: 'cd-r', description: 'CD-R', status: 'closed', sessions: 1, freeSectors: 0 })).toBe('CD-R, closed, 1 session');
    expect(mediaText({ state: 'loaded', kind: 'unknown', description: 'HD DVD-R', status: 'closed', sessions: 1 })).toBe('HD DVD-R, closed, 1 session');
    expect(mediaText({ state: 'empty' })).toBe('no disc');
  });
});

describe('renderDrives', () => {
  it('draws a table, with the reason a disc could not be read and the drives left out below it', () => {
    const text = renderDrives(
      report({
        drives: [
          { ...sr0, media: { state: 'loaded', kind: 'cd-r', description: 'CD-R', status: 'blank', sessions: 0, freeSectors: 359849 } },
          { device: '/dev/sr1', vendor: 'HL-DT-ST', model: 'DVDRAM GH24NSD1', media: { state: 'unknown', reason: '/dev/sr1: the drive is busy: another program is using it' } },
        ],
        unusable: [{ device: '/dev/sr2', reason: 'permission', group: 'cdrom', hint: 'you may not open it: join the group cdrom' }],
      }),
    );
    expect(text).toBe(
      [
        'Device    Vendor    Model            Revision  Media',
        '/dev/sr0  TSSTcorp  CDDVDW SH-S223C  SB01      CD-R, blank, 702.8 MiB free',
        '/dev/sr1  HL-DT-ST  DVDRAM GH24NSD1  -         unreadable (below)',
        '',
        '/dev/sr1: the disc could not be read: the drive is busy: another program is using it',
        '/dev/sr2: you may not open it: join the group cdrom',
        '',
      ].join('\n'),
    );
  });

  it('has no media column when the media were not read', () => {
    expect(renderDrives(report({ drives: [sr0] }))).toBe('Device    Vendor    Model            Revision\n/dev/sr0  TSSTcorp  CDDVDW SH-S223C  SB01\n');
  });

  it('prints the reason when nothing is listed', () => {
    expect(renderNoDrives(report({ noneFound: 'no optical drive found (xorriso -devices: No drives found)' }))).toBe('no optical drive found (xorriso -devices: No drives found)\n');
  });
});

describe('drivesJson', () => {
  it('gives every key, null where it does not apply', () => {
    const json = JSON.parse(
      drivesJson(
        report({
          drives: [
            { ...sr0, media: { state: 'loaded', kind: 'cd-r', description: 'CD-R', status: 'blank', sessions: 0, freeSectors: 359849 } },
            { device: '1,0,0', vendor: 'SONY', model: 'CD-RW  CRX830E', media: { state: 'empty' } },
            { device: '2,0,0', vendor: 'SONY', model: 'DVD RW DRU-500A' },
          ],
          unusable: [{ device: '/dev/sr1', reason: 'busy', hint: 'another program is using it' }],
        }),
      ),
    );
    expect(json).toEqual({
      format_version: 1,
      tool: { backend: 'xorriso', program: '/usr/bin/xorriso', version: 'xorriso 1.5.4' },
      scan_command: 'xorriso -devices',
      drives: [
        {
          device: '/dev/sr0',
          vendor: 'TSSTcorp',
          model: 'CDDVDW SH-S223C',
          revision: 'SB01',
          permissions: 'rwrw--',
          media: { state: 'loaded', kind: 'cd-r', description: 'CD-R', status: 'blank', sessions: 0, free_sectors: 359849, free_bytes: 359849 * 2048, reason: null },
        },
        {
          device: '1,0,0',
          vendor: 'SONY',
          model: 'CD-RW  CRX830E',
          revision: null,
          permissions: null,
          media: { state: 'empty', kind: null, description: null, status: null, sessions: null, free_sectors: null, free_bytes: null, reason: null },
        },
        { device: '2,0,0', vendor: 'SONY', model: 'DVD RW DRU-500A', revision: null, permissions: null, media: null },
      ],
      unusable: [{ device: '/dev/sr1', reason: 'busy', group: null, hint: 'another program is using it' }],
      message: null,
    });
  });
});
