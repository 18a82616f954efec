// The sizes split promises, against what the real tools measure for the same session: xorriso
// (`burnplan diff --json`, which runs `xorriso ... -print_size`) and genisoimage -print-size
// with the cdrecord path's arguments. Trees chosen to stress the file system estimate: many
// files in one folder, deep folders, names too long for one record, symbolic links, a file over
// 4 GiB (sparse: neither tool reads the data to measure).
import { mkdir, symlink, truncate } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { runBurnplan } from '../helpers/run-burnplan.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

interface Decided {
  discs: Array<{ id: string; sectors: { data: number; total: number; overhead: number }; items: Array<{ path: string }> }>;
}

async function splitAndMeasure(build: (folder: string) => Promise<void>, capacity = '60MB') {
  const dir = await tempDir();
  const folder = path.join(dir, 'data');
  await mkdir(folder);
  await build(folder);
  const split = await runBurnplan(['split', 'data', '--media', 'bd-r', '--capacity', capacity, '--device', 'stdio:./{id}.iso', '--out', 'plan.yaml', '--json'], { cwd: dir });
  expect(split.stderr).toBe('');
  expect(split.exitCode).toBe(0);
  const decided = JSON.parse(split.stdout) as Decided;
  const measured: number[] = [];
  for (const disc of decided.discs) {
    const diff = await runBurnplan(['diff', 'plan.yaml', '--disc', disc.id, '--json'], { cwd: dir });
    expect(diff.exitCode, diff.stderr).toBe(0);
    measured.push(JSON.parse(diff.stdout).sessions[0].size_sectors);
  }
  return { dir, folder, decided, measured };
}

/** genisoimage's size of the same session, with a checksum file as the cdrecord path adds one. */
async function genisoimageSize(folder: string, items: Array<{ path: string }>, files: number): Promise<number> {
  const sums = path.join(path.dirname(folder), 'sums.sha256');
  await writeTree(path.dirname(folder), { 'sums.sha256': `${'0'.repeat(64)}  ./some/path/name\n`.repeat(files) });
  const grafts = items.map((item) => `/${item.path}=${path.join(folder, item.path)}`);
  const { stdout } = await execa('genisoimage', ['-quiet', '-print-size', '-input-charset', 'utf-8', '-r', '-J', '-joliet-long', '-iso-level', '3', '-V', 'LABEL', '-graft-points', ...grafts, `/.burnplan/session-01.sha256=${sums}`]);
  return Number(stdout.trim());
}

const many = async (folder: string) => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 400; i++) files[`many/${String(i).padStart(3, '0')}-${'x'.repeat(i % 100)}.txt`] = `${i}\n`;
  await writeTree(folder, files);
};
const deep = async (folder: string) => {
  const files: Record<string, string> = {};
  let at = '';
  for (let i = 0; i < 40; i++) {
    at += `level-${i}/`;
    files[`${at}file.txt`] = `${i}\n`;
  }
  await writeTree(folder, files);
};
const longNames = async (folder: string) => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 120; i++) files[`long/${String(i).padStart(3, '0')}${'ü'.repeat(80)}.txt`] = `${i}\n`;
  await writeTree(folder, files);
};
const links = async (folder: string) => {
  await writeTree(folder, { 'target.txt': 't\n' });
  await mkdir(path.join(folder, 'links'));
  for (let i = 0; i < 60; i++) await symlink(`../${'d/'.repeat(60)}target-${i}`, path.join(folder, 'links', `link-${i}`));
};

describe('split sizes against the tools', () => {
  for (const [name, build] of [['400 files in one folder', many], ['40 nested folders', deep], ['names too long for one record', longNames], ['symbolic links with long targets', links]] as const) {
    it(`${name}: xorriso and genisoimage measure no more than promised`, async () => {
      const { folder, decided, measured } = await splitAndMeasure(build);
      expect(decided.discs).toHaveLength(1);
      const disc = decided.discs[0]!;
      const promised = disc.sectors.total - disc.sectors.overhead;
      expect(measured[0]!).toBeLessThanOrEqual(promised);
      const files = disc.items.length;
      // the cdrecord path burns genisoimage's image as it is (no -pad): its whole size must fit
      expect(await genisoimageSize(folder, disc.items, Math.max(files, 400))).toBeLessThanOrEqual(promised);
      // and the estimate stays honest: not more than a tenth and 160 sectors above xorriso's
      expect(promised).toBeLessThanOrEqual(Math.ceil(measured[0]! * 1.1) + 160);
    });
  }

  it('a folder split over several discs: each session measures within its promise', async () => {
    const { decided, measured } = await splitAndMeasure(async (folder) => {
      const files: Record<string, Buffer> = {};
      for (let i = 0; i < 30; i++) files[`part-${i % 4}/f-${i}.bin`] = Buffer.alloc(150_000 + 7_919 * i, i);
      await writeTree(folder, files);
    }, '2MB');
    expect(decided.discs.length).toBeGreaterThan(1);
    decided.discs.forEach((disc, i) => expect(measured[i]!).toBeLessThanOrEqual(disc.sectors.total));
  });

  it('a file over 4 GiB: its disc uses xorriso at ISO level 3, and measures within its promise', async () => {
    const { dir, decided, measured } = await splitAndMeasure(async (folder) => {
      await mkdir(path.join(folder, 'video'));
      await writeTree(folder, { 'notes/a.txt': 'a\n' });
      const film = path.join(folder, 'video/film.mkv');
      await writeTree(folder, { 'video/film.mkv': '' });
      await truncate(film, 4.5 * 1024 ** 3);
    }, '25GB');
    expect(measured[0]!).toBeLessThanOrEqual(decided.discs[0]!.sectors.total);
    const validate = await runBurnplan(['validate', 'plan.yaml'], { cwd: dir });
    expect(validate).toMatchObject({ exitCode: 0, stdout: 'plan.yaml: valid\n' });
    const refused = await runBurnplan(['split', 'data', '--media', 'bd-r', '--backend', 'cdrecord'], { cwd: dir });
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toContain('data/video/film.mkv: 4.50 GiB: a file of 4 GiB or more needs ISO level 3 and xorriso');
  });
});
