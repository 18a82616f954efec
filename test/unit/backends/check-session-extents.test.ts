// Where -toc cannot tell which tracks form a session, the session's own header tells that the
// layout as read is wrong: nothing is written then (compute-diff refuses a damaged disc).
import { describe, expect, it } from 'vitest';
import { checkSessionExtents } from '../../../src/backends/cdrecord/check-session-extents.js';
import { burnedSession, cdr } from '../../helpers/builders.js';

const withClaim = (session: ReturnType<typeof burnedSession>, volumeSpaceSize: number) => ({ ...session, filesystem: { ...session.filesystem!, volumeSpaceSize } });

describe('checkSessionExtents', () => {
  it('two sessions whose headers end inside them: nothing to say', () => {
    // a first session of 302 sectors, a second written with -C 0,11702 (its image counts from LBA 0)
    const disc = cdr([withClaim(burnedSession(1, 0, 302, 'A'), 300), withClaim(burnedSession(2, 11_702, 400, 'B'), 12_100)]);
    checkSessionExtents(disc);
    expect(disc.damage).toBeUndefined();
  });

  it('a "session" whose header runs on into the next track: the tracks were one session', () => {
    // one 20,000-sector image written as two TAO tracks, read as two sessions split at 12,000
    const disc = cdr([withClaim(burnedSession(1, 0, 600, 'A'), 20_000), burnedSession(2, 12_000, 8_000, 'B')]);
    checkSessionExtents(disc);
    expect(disc.damage).toEqual([
      "session 1's ISO 9660 header claims sectors up to LBA 19999, into session 2 (at 12000) as the drive lists its tracks: the table of contents cannot tell which tracks form a session",
    ]);
  });

  it('a last session cut short is left to the diff (cut-short-sessions.ts)', () => {
    const disc = cdr([burnedSession(1, 0, 302, 'A'), withClaim(burnedSession(2, 11_702, 400, 'B'), 14_000)]);
    checkSessionExtents(disc);
    expect(disc.damage).toBeUndefined();
  });

  it('an image burned into a later session without -C counts from its own start', () => {
    const disc = cdr([burnedSession(1, 0, 302, 'A'), withClaim(burnedSession(2, 11_702, 400, 'B'), 398)]);
    checkSessionExtents(disc);
    expect(disc.damage).toBeUndefined();
  });
});
