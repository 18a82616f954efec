// Which disc and copy each drive of a set works on: exact assignments from small builders.
import { describe, expect, it } from 'vitest';
import { formatMark } from '../../../src/disc/burnplan-mark.js';
import { assignDrives, notInAnyDrive } from '../../../src/diff/drive-assignment.js';
import { burnedSession, cdr, plan } from '../../helpers/builders.js';

const a = plan(['One'], { disc: { id: 'photos-a', media: 'cd-r', backend: 'auto' }, copies: 2 });
const b = plan(['One'], { disc: { id: 'photos-b', media: 'bd-r', backend: 'auto' }, copies: 2 });
const blank = (kind: 'cd-r' | 'bd-r' | 'virtual' = 'cd-r') => cdr([], {}, kind);
const copyOf = (discId: string, copy: number) => {
  const session = burnedSession(1, 0, 300, 'One', { discId });
  session.filesystem!.applicationId = formatMark('FP-One', copy === 1 ? {} : { copy });
  return cdr([session]);
};
const drives = (...discs: ReturnType<typeof cdr>[]) => discs.map((disc, i) => ({ device: `/dev/sr${i}`, disc }));

describe('assignDrives', () => {
  it('finds each burned disc as the disc and copy its mark names, and gives blanks what no drive holds, in plan order', () => {
    const result = assignDrives([a, b], drives(blank(), copyOf('photos-a', 1), blank('virtual'), blank('virtual')));
    expect(result).toEqual([
      { kind: 'blank-becomes', disc: 0, copy: 2 },
      { kind: 'holds', disc: 0, copy: 1 },
      { kind: 'blank-becomes', disc: 1, copy: 1 },
      { kind: 'blank-becomes', disc: 1, copy: 2 },
    ]);
  });

  it('never makes a blank disc into a copy an earlier burn made, and skips discs of other media', () => {
    const result = assignDrives([a, b], drives(blank('bd-r'), blank('bd-r'), blank('bd-r')), [{ disc: 1, copy: 1 }]);
    expect(result).toEqual([
      { kind: 'blank-becomes', disc: 1, copy: 2 },
      { kind: 'blank-unused', reason: 'every disc and copy of the plan that fits it exists already' },
      { kind: 'blank-unused', reason: 'every disc and copy of the plan that fits it exists already' },
    ]);
    expect(assignDrives([a], drives(blank('bd-r')))).toEqual([{ kind: 'blank-unused', reason: 'no disc of the plan is for BD-R' }]);
  });

  it('refuses the same disc and copy in two drives, and a disc of another plan', () => {
    const result = assignDrives([a, b], drives(copyOf('photos-a', 2), copyOf('photos-a', 2), copyOf('elsewhere', 1)));
    expect(result[0]).toEqual({ kind: 'duplicate', disc: 0, copy: 2, otherDevice: '/dev/sr1' });
    expect(result[1]).toEqual({ kind: 'duplicate', disc: 0, copy: 2, otherDevice: '/dev/sr0' });
    expect(result[2]).toMatchObject({ kind: 'foreign', reason: 'it is disc "elsewhere", which the plan does not hold (its discs: photos-a, photos-b)' });
  });

  it('names what no drive holds or was given', () => {
    const result = assignDrives([a, b], drives(copyOf('photos-b', 2), blank()));
    expect(notInAnyDrive([a, b], result)).toEqual([{ disc: 0, copy: 2 }, { disc: 1, copy: 1 }]);
  });
});
