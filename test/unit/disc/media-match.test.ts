import { describe, expect, it } from 'vitest';
import { mediaProblem } from '../../../src/disc/media-match.js';
import type { Disc, MediaKind } from '../../../src/disc/disc-model.js';

function disc(kind: MediaKind, description: string, backend: 'xorriso' | 'cdrecord' = 'xorriso'): Disc {
  return { device: '/dev/sr0', tool: { backend, program: backend }, media: { kind, description }, status: 'blank', sessions: [] };
}

/** Only xorriso grows an image on random-access media. */
const CDRECORD = { growsOverwriteableMedia: false };
function writerOf(d: Disc) {
  return { growsOverwriteableMedia: d.tool.backend === 'xorriso' };
}

describe('the disc in the drive against the media the plan names', () => {
  it.each([
    ['dvd+rw', disc('dvd+rw', 'DVD+RW')],
    ['bd-re', disc('bd-re', 'BD-RE')],
    ['dvd-rw', disc('dvd-rw', 'DVD-RW restricted overwrite')],
    ['dvd-rw', disc('dvd-rw', 'DVD-RW sequential recording')],
    ['dvd+r', disc('dvd+r', 'DVD+R')],
    ['any', disc('bd-re', 'BD-RE')],
  ] as const)('plan %s on %o: accepted', (media, d) => {
    expect(mediaProblem(media, d, writerOf(d))).toBeUndefined();
  });

  // libburn names a stdio: file's profile "stdio file"; it cannot be told another one
  it.each(['dvd+rw', 'dvd-rw', 'bd-re', 'cd-r'] as const)('a virtual disc stands in for %s', (media) => {
    expect(mediaProblem(media, disc('virtual', 'stdio file, overwriteable'), writerOf(disc('virtual', '')))).toBeUndefined();
  });

  it.each([
    ['dvd+rw', disc('dvd+r', 'DVD+R'), 'the plan is for DVD+RW but the drive holds DVD+R'],
    ['bd-re', disc('bd-r', 'BD-R sequential recording'), 'the plan is for BD-RE but the drive holds BD-R sequential recording'],
    ['dvd+r', disc('dvd+rw', 'DVD+RW'), 'the plan is for DVD+R but the drive holds DVD+RW'],
    ['dvd-rw', disc('dvd+rw', 'DVD+RW'), 'the plan is for DVD-RW but the drive holds DVD+RW'],
  ] as const)('plan %s on another kind: refused in one line', (media, d, message) => {
    expect(mediaProblem(media, d, writerOf(d))).toEqual({ code: 'wrong-media', message });
  });

  it('a read-only disc cannot be written', () => {
    expect(mediaProblem('any', disc('dvd-rom', 'DVD-ROM'), writerOf(disc('dvd-rom', '')))?.code).toBe('not-writable');
  });

  it('an overwriteable disc read through cdrecord: refused, cdrecord cannot grow an image', () => {
    expect(mediaProblem('dvd+rw', disc('dvd+rw', 'DVD+RW', 'cdrecord'), CDRECORD)).toEqual({
      code: 'overwriteable-backend',
      message: 'the DVD+RW in the drive is overwriteable: only xorriso can append a session to it (it grows one image and emulates the sessions); use backend: xorriso',
    });
    expect(mediaProblem('dvd-rw', disc('dvd-rw', 'DVD-RW sequential recording', 'cdrecord'), CDRECORD)).toBeUndefined();
  });
});
