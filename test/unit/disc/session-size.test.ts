import { describe, expect, it } from 'vitest';
import type { Disc, DiscSession } from '../../../src/disc/disc-model.js';
import { sessionSize, spaceUsed } from '../../../src/disc/session-size.js';
import { burnedSession, cdr } from '../../helpers/builders.js';

const withVolume = (session: DiscSession, volumeSpaceSize: number): DiscSession => ({ ...session, filesystem: { ...session.filesystem!, volumeSpaceSize } });

describe("a session's size: the data it holds", () => {
  it('its ISO volume, not the track cdrecord padded to 300 sectors and 2 run-out', () => {
    expect(sessionSize(withVolume(burnedSession(1, 0, 302, 'A'), 180))).toBe(180);
  });

  it('a session cut short holds what was written of it', () => {
    expect(sessionSize(withVolume(burnedSession(1, 0, 300, 'A'), 342))).toBe(300);
  });

  it('without ISO 9660 (audio): its track', () => {
    expect(sessionSize({ number: 1, startLba: 0, sizeSectors: 4500, audio: true })).toBe(4500);
  });
});

describe('the space a session takes, gaps included', () => {
  const disc: Disc = cdr([burnedSession(1, 0, 302, 'A'), burnedSession(2, 11_702, 302, 'B')]);

  it('up to the next session, and after the last up to the next writable address', () => {
    expect([spaceUsed(disc, 0), spaceUsed(disc, 1)]).toEqual([11_702, 302 + 6_900]);
  });

  it('unknown after the last session of a closed disc', () => {
    expect(spaceUsed({ ...disc, status: 'closed', nextWritableAddress: undefined }, 1)).toBeUndefined();
  });
});
