import { describe, expect, it } from 'vitest';
import { formatReadProgress } from '../../../src/apply/read-progress.js';

const MIB = 1024 ** 2;

describe('formatReadProgress', () => {
  it('shows MiB read of the total, then rate and time left once there is a pace', () => {
    expect(formatReadProgress(10 * MIB, 400 * MIB, 0.5)).toBe('read back 10 of 400 MiB');
    expect(formatReadProgress(100 * MIB, 400 * MIB, 4)).toBe('read back 100 of 400 MiB, 25.0 MiB/s, about 12 s left');
    expect(formatReadProgress(400 * MIB, 400 * MIB, 16)).toBe('read back 400 of 400 MiB, 25.0 MiB/s');
  });
});
