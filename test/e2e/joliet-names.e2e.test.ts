// The Joliet names burnplan predicts (what Windows shows) are the ones the real xorriso and
// genisoimage write, as isoinfo -J lists them.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { jolietName } from '../../src/sources/joliet-names.js';
import { tempDir } from '../helpers/temp-dir.js';

const FILES = [
  'a:b.txt', 'q?.txt', 'st*r.txt', 'se;mi.txt', 'back\\slash.txt', 'nl\nx.txt', 'ctl\u0001x', 'x😀y😀z.txt', 'émile.txt',
  `${'d'.repeat(61)}.txt`, `${'e'.repeat(62)}.txt`, `${'c'.repeat(62)}.jpeg`, `${'b'.repeat(70)}`, `${'k'.repeat(70)}.tar.gz`, `${'m'.repeat(10)}.${'x'.repeat(70)}`,
];
const FOLDER = `${'f'.repeat(66)}:dir`;

async function jolietListing(image: string): Promise<string[]> {
  // isoinfo prints Joliet names in ISO 8859-1 (it knows no UTF-8)
  const { stdout } = await execa('isoinfo', ['-J', '-f', '-i', image], { encoding: 'latin1' });
  return stdout.split('\n').filter(Boolean).map((line) => line.replace(/^\//, ''));
}

describe('Joliet names as the tools write them', () => {
  it.each(['xorriso', 'mkisofs'] as const)('%s', async (tool) => {
    const dir = await tempDir();
    const source = path.join(dir, 'src');
    await mkdir(path.join(source, FOLDER), { recursive: true });
    await writeFile(path.join(source, FOLDER, 'in.txt'), 'x');
    for (const name of FILES) await writeFile(path.join(source, name), name);
    const image = path.join(dir, 'out.iso');
    if (tool === 'xorriso') await execa('xorriso', ['-outdev', `stdio:${image}`, '-joliet', 'on', '-rockridge', 'on', '-map', source, '/', '-commit']);
    else await execa('genisoimage', ['-r', '-J', '-quiet', '-o', image, source]);
    const expected = [...FILES.map((name) => jolietName(name, false, tool)), jolietName(FOLDER, true, tool), `${jolietName(FOLDER, true, tool)}/in.txt`];
    expect((await jolietListing(image)).sort()).toEqual(expected.sort());
  });
});
