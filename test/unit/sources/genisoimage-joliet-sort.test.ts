import { describe, expect, it } from 'vitest';
import { unsortableJolietNames, unsortableJolietPaths } from '../../../src/sources/genisoimage-joliet-sort.js';

// each case was run through genisoimage 1.1.11 (-R -J -input-charset utf-8): "stops" means it
// printed "Incorrectly encoded string (…) encountered. Possibly creating an invalid Joliet
// extension. Aborting." and exited 1
const E = '\u{1F600}';

describe('which names of one folder genisoimage cannot sort in its Joliet tree', () => {
  it.each([
    [[`A${E}`, 'Aa'], [[`A${E}`, 'Aa']]],
    [[`A${E}`, 'AAAA'], [[`A${E}`, 'AAAA']]],
    [[`A${E}x`, `A${E}y`], [[`A${E}x`, `A${E}y`]]],
    [[`A${E}`, `A${E}y`], [[`A${E}`, `A${E}y`]]],
    [[E, 'b'], [[E, 'b']]],
    [[`ab${E}`, 'a', 'b', 'c', 'abz', 'z'], [[`ab${E}`, 'abz']]],
  ])('stops: %j', (names, pairs) => {
    expect(unsortableJolietNames(names).map((p) => [p.name, p.other])).toEqual(pairs);
  });

  it.each([
    [[`A${E}`, 'B']],
    [[`A${E}`, 'A']],
    [[`A${E}`, 'a']],
    [[`B${E}`, 'Aa']],
    [[`x${E}`, 'y']],
    [[E]],
    [[`a;${E}`, 'a;b']],
    [[`A${E}`, 'A;']],
    [[`A${E}`, 'A;b']],
    [['Aa', 'Ab', 'ü日本']],
  ])('sorts: %j', (names) => {
    expect(unsortableJolietNames(names)).toEqual([]);
  });
});

describe('the paths of a tree whose folders genisoimage cannot sort', () => {
  it('finds the pair in its folder, also for a folder name, and names the path that came last', () => {
    const earlier = ['/t', `/t/A${E}`, '/u/x'];
    const later = ['/t/Ab', '/u/y', `/v/sub${E}/f`, '/v/subway/g'];
    expect(unsortableJolietPaths(earlier, later)).toEqual([
      { folder: '/t', name: `A${E}`, other: 'Ab', laterPath: '/t/Ab' },
      { folder: '/v', name: `sub${E}`, other: 'subway', laterPath: `/v/sub${E}/f` },
    ]);
  });

  it('says nothing of a pair that only earlier paths make, nor of trees without such characters', () => {
    expect(unsortableJolietPaths([`/t/A${E}`, '/t/Ab'], ['/t/c'])).toEqual([]);
    expect(unsortableJolietPaths(['/a/b'], ['/a/bc', '/a/b/d'])).toEqual([]);
  });
});
