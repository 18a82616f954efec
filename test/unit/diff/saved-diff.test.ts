import { describe, expect, it } from 'vitest';
import { discState, discStateChanges } from '../../../src/diff/saved-diff.js';
import { burnedSession, cdr } from '../../helpers/builders.js';

describe('discStateChanges', () => {
  it('names what changed since a diff was saved, in plain words', () => {
    const saved = discState(cdr([burnedSession(1, 0, 1000, 'A')]));
    const now = discState(cdr([burnedSession(1, 0, 1000, 'A'), burnedSession(2, 12402, 1000, 'B')]));
    expect(discStateChanges(saved, saved)).toEqual([]);
    expect(discStateChanges(saved, now)).toEqual([
      'the number of sessions was 1, is now 2',
      'the last session start was 0, is now 12402',
      'the next writable address was 12400, is now 20302',
      'the labels were ["A"], are now ["A","B"]',
      'the fingerprints were ["FP-A"], are now ["FP-A","FP-B"]',
    ]);
  });
});
