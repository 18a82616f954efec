import { describe, expect, it } from 'vitest';
import { bytesIn, formatBytes } from '../../../src/core/bytes.js';

describe('byte counts', () => {
  it('shows one digit after the point unless told', () => {
    expect(formatBytes(1.5 * 1024 ** 2, { unit: 'MiB' })).toBe('1.5 MiB');
    expect(formatBytes(512, { unit: 'KiB' })).toBe('0.5 KiB');
    expect(formatBytes(700 * 1024 ** 2, { unit: 'MiB', digits: 0 })).toBe('700 MiB');
    expect(formatBytes(4 * 1024 ** 3, { unit: 'GiB', digits: 2 })).toBe('4.00 GiB');
  });

  it('rounds to nearest, or up when asked', () => {
    expect(formatBytes(1024 ** 2 * 1.96, { unit: 'MiB' })).toBe('2.0 MiB');
    expect(formatBytes(1, { unit: 'KiB', digits: 0 })).toBe('0 KiB');
    expect(formatBytes(1, { unit: 'KiB', digits: 0, roundUp: true })).toBe('1 KiB');
    expect(formatBytes(2048, { unit: 'KiB', digits: 0, roundUp: true })).toBe('2 KiB');
  });

  it('gives the bare number in a unit', () => {
    expect(bytesIn(3 * 1024 ** 3, 'GiB')).toBe(3);
    expect(bytesIn(1536, 'KiB')).toBe(1.5);
  });
});
