import { describe, expect, it } from 'vitest';
import { editDistance, nearestWord } from '../../../src/plan/nearest-word.js';

describe('nearestWord', () => {
  const keys = ['label', 'files', 'exclude', 'joliet', 'rockRidge', 'isoLevel'];

  it('finds misspellings, swaps and case slips', () => {
    expect(nearestWord('lable', keys)).toBe('label');
    expect(nearestWord('file', keys)).toBe('files');
    expect(nearestWord('rockridge', keys)).toBe('rockRidge');
    expect(nearestWord('iso_level', keys)).toBe('isoLevel');
  });

  it('suggests nothing for unrelated words', () => {
    expect(nearestWord('colour', keys)).toBeUndefined();
    expect(nearestWord('x', keys)).toBeUndefined();
  });

  it('counts edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
