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

  it('shows a blank disc without a table', () => {
    expect(renderStatus(disc({ status: 'blank', sessions: [], nextWritableAddress: 0 }))).not.toContain('#  Start');
  });
});
