// The checksum file on this computer: a diff run while an apply burns must not blank the real
// checksums the burning mkisofs is about to read.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePlaceholderManifest, writeRecordedManifest, type ChecksumPlan } from '../../src/checksums/local-manifest.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

async function checksumPlan(): Promise<ChecksumPlan> {
  const dir = await tempDir();
  await writeTree(dir, { 'a.txt': 'alpha\n', 'b.txt': 'beta\n' });
  const files = ['a.txt', 'b.txt'].map((name) => ({ discPath: `/data/${name}`, sourcePath: path.join(dir, name), size: 6, mtimeMs: 0 }));
  return { localPath: path.join(dir, 'burnplan-test', 'fp-session-01.sha256'), target: '/.burnplan/session-01.sha256', files };
}

describe('the local checksum file', () => {
  it('keeps the real checksums written by an apply when a placeholder of the same size is asked for', async () => {
    const plan = await checksumPlan();
    await writePlaceholderManifest(plan);
    const placeholder = await readFile(plan.localPath, 'utf8');
    await writeRecordedManifest(plan, () => undefined);
    const real = await readFile(plan.localPath, 'utf8');
    expect(real).not.toBe(placeholder);
    expect(real).toHaveLength(placeholder.length);
    await writePlaceholderManifest(plan);
    expect(await readFile(plan.localPath, 'utf8')).toBe(real);
  });

  it('replaces a file of another size (another file list) with the placeholder', async () => {
    const plan = await checksumPlan();
    await writePlaceholderManifest(plan);
    const placeholder = await readFile(plan.localPath, 'utf8');
    await writeFile(plan.localPath, 'stale\n');
    await writePlaceholderManifest(plan);
    expect(await readFile(plan.localPath, 'utf8')).toBe(placeholder);
  });
});
