import { describe, expect, it } from 'vitest';
import type { Disc } from '../../src/disc/disc-model.js';
import { statusJson } from '../../src/render/status-json.js';
import { renderStatus } from '../../src/render/status-text.js';

function disc(overrides: Partial<Disc> = {}): Disc {
  return {
    device: '/dev/sr0',
    tool: { backend: 'cdrecord', program: '/usr/bin/wodim', version: 'wodim 1.1.11' },
    drive: { vendor: 'PLEXTOR', model: 'DVDR PX-708A', revision: '1.10' },
    media: { kind: 'cd-r', description: 'CD-R' },
    status: 'appendable',
    sessions: [
      {
        number: 1,
        startLba: 0,
        sizeSectors: 1000,
        filesystem: { volumeId: 'Session1', volumeSetId: 'seed-cdr', applicationId: 'BURNPLAN/1 ABC123', publisherId: '', preparerId: '', volumeSpaceSize: 1000, joliet: true, rockRidge: true },
      },
      { number: 2, startLba: 12402, sizeSectors: 300 },
    ],
    nextWritableAddress: 19604,
    freeSectors: 340245,
    ...overrides,
  };
}

describe('renderStatus', () => {
  it('shows the disc and a table of its sessions', () => {
    expect(renderStatus(disc())).toBe(
      [
        'Device:   /dev/sr0 (cdrecord: wodim 1.1.11)',
        'Drive:    PLEXTOR DVDR PX-708A 1.10',
        'Media:    CD-R (CD-R)',
        'Status:   appendable, 2 sessions',
        'Next writable address: 19604',
        'Free:     664.5 MiB (340245 sectors)',
        '',
        '#  Start  Sectors     Size  Label           Disc id   J  RR  burnplan',
        '1      0     1000  2.0 MiB  Session1        seed-cdr  J  RR  ABC123',
        '2  12402      300  0.6 MiB  (not ISO 9660)',
        '',
      ].join('\n'),
    );
  });

  it('says so when labels cannot be read through a cdrecord address', () => {
    const text = renderStatus(disc({ device: '1,0,0' }));
    expect(text).toContain('1      0     1000  2.0 MiB  ?      ?        ?  ?   ?');
    expect(text).toContain('Labels cannot be read through the cdrecord address 1,0,0; give the device path (/dev/srN) instead.');
    expect(JSON.parse(statusJson(disc({ device: '1,0,0' }))).sessions_readable).toBe(false);
  });

  // libisoburn emulates the TOC of random-access media from the ISO headers it grows
  it('an overwriteable disc: its sessions are xorriso\'s emulated TOC, in text and --json', () => {
    const dvdrw = disc({ tool: { backend: 'xorriso', program: 'xorriso' }, media: { kind: 'dvd+rw', description: 'DVD+RW' }, emulatedToc: true });
    expect(renderStatus(dvdrw)).toContain('Media:    DVD+RW (DVD+RW)\nStatus:   overwriteable, 2 sessions (emulated TOC)\n');
    expect(JSON.parse(statusJson(dvdrw))).toMatchObject({ status: 'appendable', emulated_toc: true });
    const file = disc({ tool: { backend: 'xorriso', program: 'xorriso' }, media: { kind: 'virtual', description: 'stdio file, overwriteable' }, emulatedToc: true });
    expect(renderStatus(file)).toContain('Status:   overwriteable, 2 sessions (emulated TOC)\n');
    expect(renderStatus(disc({ status: 'blank', sessions: [], tool: { backend: 'xorriso', program: 'xorriso' }, media: { kind: 'bd-re', description: 'BD-RE' }, emulatedToc: true }))).toContain('Status:   overwriteable, blank\n');
    expect(JSON.parse(statusJson(disc())).emulated_toc).toBe(false);
  });

  it('shows a blank disc without a table', () => {
    expect(renderStatus(disc({ status: 'blank', sessions: [], nextWritableAddress: 0 }))).not.toContain('#  Start');
  });

  it('marks problem sessions in the table and in --json, and says the disc is damaged', () => {
    const damaged = disc({ damage: ['xorriso: Chain of ISO session headers broken at #3, LBA 20000s'] });
    damaged.sessions[1]!.problem = { kind: 'cut-short', detail: 'its data ends at LBA 12500' };
    const text = renderStatus(damaged);
    expect(text).toContain('Status:   DAMAGED (cdrecord reads: appendable), 2 sessions: burnplan will not write to it\nDamage:   xorriso: Chain of ISO session headers broken at #3, LBA 20000s\n');
    expect(text).toContain('#  Start  Sectors     Size  Label           Disc id   J  RR  burnplan  Problem\n');
    expect(text).toContain('2  12402      300  0.6 MiB  (not ISO 9660)                             CUT SHORT\nSession 2 is CUT SHORT: its data ends at LBA 12500\n');
    const json = JSON.parse(statusJson(damaged));
    expect(json.damage).toEqual(['xorriso: Chain of ISO session headers broken at #3, LBA 20000s']);
    expect(json.sessions.map((s: { problem: unknown }) => s.problem)).toEqual([null, { kind: 'cut-short', detail: 'its data ends at LBA 12500' }]);
    expect(JSON.parse(statusJson(disc())).damage).toEqual([]);
  });

  it('prints labels with control characters escaped; JSON keeps them exactly', () => {
    const hostile = disc();
    hostile.sessions[0]!.filesystem = { ...hostile.sessions[0]!.filesystem!, volumeId: 'A\u001b]0;owned\u0007\nB\\', volumeSetId: 'id\u009b31m' };
    const text = renderStatus(hostile);
    expect(text).toContain('A\\x1b]0;owned\\x07\\nB\\\\');
    expect(text).toContain('id\\x9b31m');
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(JSON.parse(statusJson(hostile)).sessions[0].iso9660.volume_id).toBe('A\u001b]0;owned\u0007\nB\\');
  });
});
