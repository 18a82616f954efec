// What diff promises of a session's recovery data holds: a run of bad sectors of the promised
// length inside a file touches no more slices than there are recovery slices, wherever it starts,
// and one sector more can touch one slice too many.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recoverableRunBytes } from '../../../src/diff/diff-model.js';

const SECTOR = 2048;

/** The slices of `sliceBytes` that sectors [first, first + count) of a file touch. */
function slicesTouched(first: number, count: number, sliceBytes: number): number {
  const perSlice = sliceBytes / SECTOR;
  return Math.floor((first + count - 1) / perSlice) - Math.floor(first / perSlice) + 1;
}

describe('the run of bad sectors a session survives', () => {
  it('touches at most as many slices as can be repaired, wherever it starts; one sector more may not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 300 }), fc.nat({ max: 10_000 }), (sectorsPerSlice, slices, start) => {
        const forecast = { percent: 10, maxBytes: 0, recoverableSectors: slices, sliceBytes: sectorsPerSlice * SECTOR, recoverySlices: slices };
        const run = recoverableRunBytes(forecast) / SECTOR;
        expect(slicesTouched(start, run, forecast.sliceBytes)).toBeLessThanOrEqual(slices);
        // starting on a slice's last sector is the worst place
        expect(slicesTouched(sectorsPerSlice - 1, run + 1, forecast.sliceBytes)).toBe(slices + 1);
      }),
    );
  });
});
