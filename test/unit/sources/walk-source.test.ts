import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { walkSource, type SourceEntry } from '../../../src/sources/walk-source.js';
import { tempDir } from '../../helpers/temp-dir.js';

const OPTIONS = { followSymlinks: false, hiddenFiles: 'include', exclude: [] } as const;

async function walk(source: string): Promise<SourceEntry[]> {
  const entries = [];
  for await (const entry of walkSource(source, OPTIONS)) entries.push(entry);
  return entries;
}

describe('walkSource', () => {
  it('a tree of thousands of files: every file in name order, and the event loop gets its turns meanwhile', async () => {
    const dir = await tempDir();
    const names = Array.from({ length: 40 }, (_, d) => `d${String(d).padStart(2, '0')}`);
    for (const folder of names) {
      await mkdir(path.join(dir, 'tree', folder), { recursive: true });
      await Promise.all(Array.from({ length: 100 }, (_, i) => writeFile(path.join(dir, 'tree', folder, `f${String(i).padStart(3, '0')}`), `${i}\n`)));
    }
    let turns = 0;
    const ticker = setInterval(() => turns++, 1);
    const entries = await walk(path.join(dir, 'tree')).finally(() => clearInterval(ticker));
    const files = entries.filter((e) => e.kind === 'file').map((e) => e.relativePath);
    expect(files).toHaveLength(4000);
    expect(files).toEqual([...files].sort());
    expect(entries.find((e) => e.relativePath === 'd07/f042')).toMatchObject({ kind: 'file', size: 3 });
    expect(turns).toBeGreaterThan(0);
  });

  it('a folder that cannot be read, and a source that is gone: errors in words, the walk goes on', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'src/locked'), { recursive: true });
    await writeFile(path.join(dir, 'src/ok.txt'), 'ok');
    await chmod(path.join(dir, 'src/locked'), 0o000);
    const entries = await walk(path.join(dir, 'src')).finally(() => chmod(path.join(dir, 'src/locked'), 0o755));
    if (process.getuid?.() !== 0) expect(entries.find((e) => e.relativePath === 'locked' && e.kind === 'error')).toMatchObject({ reason: expect.stringMatching(/permission denied/i) });
    expect(entries.find((e) => e.relativePath === 'ok.txt')).toMatchObject({ kind: 'file', size: 2 });
    expect(await walk(path.join(dir, 'gone'))).toEqual([expect.objectContaining({ kind: 'error', reason: 'does not exist' })]);
  });
});
