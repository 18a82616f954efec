// The recovery files on this computer: a diff run while an apply burns must neither replace the
// real PAR2 files the burning tool is about to read nor remove them afterwards.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { makeSessionRecovery, removeRecovery, writeRecoveryPlaceholders } from '../../../src/recovery/local-recovery.js';
import { sessionRecovery } from '../../../src/recovery/session-recovery.js';
import { tempDir, writeTree } from '../../helpers/temp-dir.js';

const hasPar2 = (await execa('par2', ['-V'], { reject: false }).catch(() => ({ exitCode: 1 }))).exitCode === 0;

async function recoveryOf() {
  const dir = await tempDir();
  await writeTree(dir, { 'a.bin': Buffer.alloc(300_000, 7), 'b.txt': 'beta\n' });
  const entries = ['a.bin', 'b.txt'].map((name) => ({ kind: 'file', discPath: `/data/${name}`, sourcePath: path.join(dir, name), size: name === 'a.bin' ? 300_000 : 5 }));
  return sessionRecovery(entries, 10, 1, path.join(dir, 'burnplan-test', 'fp-session-01-recovery-10'));
}

describe('the local recovery files', () => {
  it('are sparse placeholders of the largest size par2 can write, removed by the process that wrote them', async () => {
    const recovery = await recoveryOf();
    await writeRecoveryPlaceholders(recovery);
    for (const file of recovery.files) {
      const info = await stat(file.localPath);
      expect(info.size).toBe(file.maxBytes);
      expect(info.blocks * 512).toBeLessThan(file.maxBytes);
    }
    await removeRecovery(recovery);
    await expect(stat(recovery.localDir)).rejects.toThrow(/ENOENT/);
  });

  it('leaves a file another process wrote where a placeholder would go, and does not remove it', async () => {
    const recovery = await recoveryOf();
    await writeRecoveryPlaceholders(recovery);
    await removeRecovery(recovery);
    // as an apply running meanwhile leaves its real file there
    await writeRecoveryPlaceholders({ ...recovery, files: [] });
    await writeFile(recovery.files[0]!.localPath, 'real par2 data');
    await writeRecoveryPlaceholders(recovery);
    expect(await readFile(recovery.files[0]!.localPath, 'utf8')).toBe('real par2 data');
    await removeRecovery(recovery);
    expect(await readFile(recovery.files[0]!.localPath, 'utf8')).toBe('real par2 data');
    expect(await readdir(recovery.localDir)).toEqual([path.basename(recovery.files[0]!.localPath)]);
  });

  it.skipIf(!hasPar2)('puts the real files in place of the placeholders, and a later clean-up removes them', async () => {
    const recovery = await recoveryOf();
    await writeRecoveryPlaceholders(recovery);
    const bytes = await makeSessionRecovery(recovery, {});
    const sizes = await Promise.all(recovery.files.map(async (f) => (await stat(f.localPath)).size));
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(bytes);
    sizes.forEach((size, i) => expect(size).toBeLessThanOrEqual(recovery.files[i]!.maxBytes));
    await removeRecovery(recovery);
    await expect(stat(recovery.localDir)).rejects.toThrow(/ENOENT/);
  });
});
