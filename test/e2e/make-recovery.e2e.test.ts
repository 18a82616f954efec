// PAR2 recovery data made with the real par2: within the layout's bound, and good enough that
// par2 repairs R damaged sectors of a copy read off the disc, and refuses R+1.
import { randomBytes } from 'node:crypto';
import { chmod, copyFile, mkdir, open, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { makeRecovery, type LocalRecoveryFile } from '../../src/recovery/make-recovery.js';
import { planRecovery, type RecoveryLayout } from '../../src/recovery/recovery-layout.js';
import { hasProgram } from '../../src/tools/programs.js';
import { tempDir } from '../helpers/temp-dir.js';

const SECTOR = 2048;

// disc path → size; sources are kept under other names, so only the view gives par2 the disc paths
const MIXED_TREE: Record<string, number> = {
  'empty.txt': 0,
  x: 1, // a one-byte name at the root: stored as ./x, par2 0.8.1 crashes on "x"
  'sector less one.bin': 2047,
  'sector.bin': 2048,
  'sector plus one.bin': 2049,
  'big/some MiB.bin': 3 * 1024 * 1024 + 123,
  'photos/2024/été ü 写真.jpg': 200_000,
  '-leading dash.txt': 5000,
  'deep/a/b/-n1 *?.bin': 100_000,
};

async function makeSources(root: string, tree: Record<string, number>): Promise<LocalRecoveryFile[]> {
  await mkdir(path.join(root, 'sources'), { recursive: true });
  return Promise.all(
    Object.entries(tree).map(async ([discPath, size], i) => {
      const sourcePath = path.join(root, 'sources', `source-${i}`);
      await writeFile(sourcePath, randomBytes(size));
      return { discPath, size, sourcePath };
    }),
  );
}

/** The session as read off the disc: its files at their disc paths, the PAR2 files in /.burnplan/. */
async function copyAsDisc(disc: string, files: readonly LocalRecoveryFile[], par2Files: readonly string[]): Promise<void> {
  for (const file of files) {
    await mkdir(path.dirname(path.join(disc, file.discPath)), { recursive: true });
    await copyFile(file.sourcePath, path.join(disc, file.discPath));
  }
  await mkdir(path.join(disc, '.burnplan'));
  for (const par2File of par2Files) await copyFile(par2File, path.join(disc, '.burnplan', path.basename(par2File)));
}

/** Overwrites the first sector of `count` distinct slices, spread over every covered file. */
async function damageSlices(disc: string, layout: RecoveryLayout, count: number): Promise<void> {
  const slices = layout.coveredFiles.flatMap((file) =>
    Array.from({ length: Math.ceil(file.size / layout.blockSize) }, (_, i) => ({ file, offset: i * layout.blockSize })),
  );
  expect(slices.length).toBe(layout.sourceBlockCount);
  const step = slices.length / count;
  const chosen = Array.from({ length: count }, (_, i) => slices[Math.floor(i * step)]!);
  expect(new Set(chosen).size).toBe(count);
  for (const { file, offset } of chosen) {
    const length = Math.min(SECTOR, file.size - offset);
    const handle = await open(path.join(disc, file.discPath), 'r+');
    const old = Buffer.alloc(length);
    await handle.read(old, 0, length, offset);
    await handle.write(Buffer.from(old.map((byte) => byte ^ 0xa5)), 0, length, offset);
    await handle.close();
  }
}

function par2Repair(disc: string, indexName: string) {
  return execa('par2', ['repair', `-B${disc}`, '--', path.join(disc, '.burnplan', indexName)], { reject: false, stdin: 'ignore' });
}

describe.skipIf(!hasProgram('par2'))('makeRecovery with the real par2', () => {
  it('makes 10% for a mixed tree within the bound, and par2 repairs R damaged sectors but not R+1', async () => {
    const root = await tempDir();
    const files = await makeSources(root, MIXED_TREE);
    const layout = planRecovery(files, 10, 1);
    expect(layout.storedNamePrefix).toBe('./');
    const fractions: number[] = [];
    const written = await makeRecovery(layout, path.join(root, 'out'), { workDir: root, onProgress: (f) => fractions.push(f) });

    expect(written.map((w) => w.name)).toEqual(layout.outputFiles.map((f) => f.name));
    expect(written.map((w) => w.name)[1]).toMatch(/^session-01\.vol0+\+\d+\.par2$/);
    for (const [i, file] of written.entries()) {
      const bound = layout.outputFiles[i]!.maxBytes;
      expect(file.bytes).toBeLessThanOrEqual(bound);
      expect(bound).toBeLessThanOrEqual(file.bytes * 1.01 + 8192);
      expect((await readFile(file.path)).length).toBe(file.bytes);
    }
    expect(fractions.length).toBeGreaterThan(0);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
    // the folder of symlinks is gone, only the output is left
    expect((await readdir(root)).sort()).toEqual(['out', 'sources']);

    const repairable = path.join(root, 'disc-r');
    await copyAsDisc(repairable, files, written.map((w) => w.path));
    await damageSlices(repairable, layout, layout.recoveryBlockCount);
    const repaired = await par2Repair(repairable, written[0]!.name);
    expect(repaired.exitCode, String(repaired.stdout)).toBe(0);
    for (const file of files) {
      expect((await readFile(path.join(repairable, file.discPath))).equals(await readFile(file.sourcePath)), file.discPath).toBe(true);
    }

    const beyond = path.join(root, 'disc-r1');
    await copyAsDisc(beyond, files, written.map((w) => w.path));
    await damageSlices(beyond, layout, layout.recoveryBlockCount + 1);
    const refused = await par2Repair(beyond, written[0]!.name);
    expect(refused.exitCode).not.toBe(0);
    expect(String(refused.stdout)).toContain('Repair is not possible');
  });

  it('stores the disc paths as they are when no root name is one byte long', async () => {
    const root = await tempDir();
    const files = await makeSources(root, { 'photos/a b.jpg': 10_000, '-top.txt': 3000, 'e': 0 });
    const layout = planRecovery(files, 5, 7);
    expect(layout.storedNamePrefix).toBe('');
    const written = await makeRecovery(layout, path.join(root, 'out'), { workDir: root });
    expect(written.map((w) => w.name)).toEqual(['session-07.par2', 'session-07.vol0+1.par2']);
    const disc = path.join(root, 'disc');
    await copyAsDisc(disc, files, written.map((w) => w.path));
    const verified = await execa('par2', ['verify', `-B${disc}`, '--', path.join(disc, '.burnplan', 'session-07.par2')], { reject: false });
    expect(verified.exitCode).toBe(0);
    expect(verified.stdout).toContain('Target: "photos/a b.jpg" - found.');
    expect(verified.stdout).toContain('Target: "-top.txt" - found.');
  });

  it("says when a source file is gone, and leaves no output behind", async () => {
    const root = await tempDir();
    const files = await makeSources(root, { 'a.bin': 5000, 'b/c.bin': 6000 });
    const layout = planRecovery(files, 10, 2);
    await rm(files[1]!.sourcePath);
    await expect(makeRecovery(layout, path.join(root, 'out'), { workDir: root })).rejects.toThrow(
      /^par2 found 1 of the session's 2 files to protect: a source file is gone or unreadable$/,
    );
    expect(await readdir(path.join(root, 'out'))).toEqual([]);
    expect((await readdir(root)).sort()).toEqual(['out', 'sources']);
  });
});

describe('makeRecovery with a par2 that fails or hangs', () => {
  async function standIn(root: string, script: string): Promise<NodeJS.ProcessEnv> {
    const program = path.join(root, 'par2-stand-in');
    await writeFile(program, `#!/bin/sh\n${script}\n`);
    await chmod(program, 0o755);
    return { ...process.env, BURNPLAN_PAR2: program };
  }

  it("throws par2's own last words and its exit code, and removes the folder of symlinks", async () => {
    const root = await tempDir();
    const files = await makeSources(root, { 'a.bin': 5000 });
    const env = await standIn(root, 'echo "Opening: a.bin"; echo "some warning" >&2; echo "Could not create file" >&2; exit 3');
    const making = makeRecovery(planRecovery(files, 10, 1), path.join(root, 'out'), { workDir: root, env });
    await expect(making).rejects.toThrow(UserError);
    await expect(making).rejects.toThrow(/^par2 failed \(exit 3\): Could not create file$/);
    expect((await readdir(root)).sort()).toEqual(['out', 'par2-stand-in', 'sources']);
  });

  it('stops par2 when aborted and throws the reason', async () => {
    const root = await tempDir();
    const files = await makeSources(root, { 'a.bin': 5000 });
    const env = await standIn(root, 'exec sleep 30');
    const controller = new AbortController();
    const making = makeRecovery(planRecovery(files, 10, 1), path.join(root, 'out'), { workDir: root, env, signal: controller.signal });
    setTimeout(() => controller.abort(new UserError('stopped by the user')), 200);
    await expect(making).rejects.toThrow('stopped by the user');
    expect((await readdir(root)).sort()).toEqual(['out', 'par2-stand-in', 'sources']);
  });
});
