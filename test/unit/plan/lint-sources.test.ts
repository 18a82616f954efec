import { symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlanFile } from '../../../src/plan/check-plan.js';
import { planWith } from '../../helpers/check-plan-text.js';
import { tempDir, writeTree } from '../../helpers/temp-dir.js';

async function lintIn(dir: string, sessions: string, extra = '') {
  await writeFile(path.join(dir, 'plan.yaml'), planWith(sessions, extra));
  const check = await checkPlanFile(path.join(dir, 'plan.yaml'));
  return check.findings.map((f) => `${f.position?.line}:${f.position?.column} ${f.severity} ${f.rule}: ${f.message}`);
}

async function lint(files: Record<string, string>, sessions: string, extra = '') {
  const dir = await tempDir();
  await writeTree(dir, files);
  return lintIn(dir, sessions, extra);
}

describe('source rules', () => {
  it('warns of a missing source, at its entry: only diff and apply can tell whether its session is burned', async () => {
    expect(await lint({ 'a/x': '1' }, '  - label: A\n    files: [./a, ./missing]\n')).toEqual([
      '7:18 warning lint/source-missing: source ./missing does not exist: fine once session 1 (A) is burned, needed while it is still to burn (diff and apply tell)',
    ]);
  });

  it('points at the source of a graft point', async () => {
    expect(await lint({}, '  - label: A\n    files:\n      - { source: ./gone, target: /x }\n')).toEqual([
      '8:19 warning lint/source-missing: source ./gone does not exist: fine once session 1 (A) is burned, needed while it is still to burn (diff and apply tell)',
    ]);
  });

  it('reports a source below a file as unreadable, with the reason', async () => {
    const found = await lint({ 'a.txt': '1' }, '  - label: A\n    files: [./a.txt/inner]\n');
    expect(found).toEqual(['7:13 error lint/source-unreadable: source ./a.txt/inner cannot be read: a part of the path is not a folder']);
  });

  it('refuses two sources that land on the same target', async () => {
    const found = await lint(
      { 'a/notes.txt': '1', 'b/notes.txt': '2', 'c/x': '3' },
      '  - label: A\n    files:\n      - { source: ./a/notes.txt, target: /notes.txt }\n      - ./b/notes.txt\n      - { source: ./c, target: /notes.txt/ }\n',
    );
    expect(found).toEqual([
      '9:9 error lint/same-target: ./b/notes.txt and entry 1 of files both go to /notes.txt on the disc; give one of them another target',
      '10:19 error lint/same-target: ./c and entry 1 of files both go to /notes.txt on the disc; give one of them another target',
    ]);
  });

  it('lets folders merge at the same target, as mkisofs and xorriso do', async () => {
    expect(await lint({ 'a/1.txt': '1', 'b/2.txt': '2' }, '  - label: A\n    files: [./a, ./b]\n')).toEqual([]);
  });

  it('refuses files of 4 GiB or more below ISO level 3, and accepts them at level 3', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'big/small.txt': 'x', 'big/edge.bin': '' });
    await writeFile(path.join(dir, 'big/huge.bin'), '');
    await truncate(path.join(dir, 'big/huge.bin'), 2 ** 32); // sparse: no disc space used
    await truncate(path.join(dir, 'big/edge.bin'), 2 ** 32 - 1);
    expect(await lintIn(dir, '  - label: A\n    files: [./big]\n', 'defaults:\n  isoLevel: 2\n')).toEqual([
      '9:13 error lint/large-file-iso-level: ./big/huge.bin is 4.00 GiB; files of 4 GiB or more need isoLevel: 3 (this session uses level 2)',
    ]);
    expect(await lintIn(dir, '  - label: A\n    files: [./big]\n')).toEqual([]);
  });

  it('warns about Joliet names over 64 characters and refuses two that become one', async () => {
    const long = 'a'.repeat(70);
    const found = await lint({ [`d/${long}.txt`]: '1', [`d/${long}.dat`]: '2', 'd/short.txt': '3' }, '  - label: A\n    files: [./d]\n');
    expect(found).toEqual([
      `7:13 warning lint/joliet-long-name: ./d/${long}.dat: the name is 74 characters; Joliet readers (Windows) see only the first 64`,
      `7:13 error lint/joliet-name-collision: ./d/${long}.txt and "${long}.dat" are the same name once Joliet cuts them to 64 characters (genisoimage refuses that); rename one, or set joliet: false`,
    ]);
  });

  it('leaves out excluded and hidden files before checking them', async () => {
    const long = 'b'.repeat(70);
    const files = { [`d/cache/${long}`]: '1', [`d/.${long}`]: '2', [`d/${long}.tmp`]: '3' };
    const sessions = '  - label: A\n    files: [./d]\n    exclude: ["cache/**", "*.tmp"]\n    hiddenFiles: exclude\n';
    expect(await lint(files, sessions)).toEqual([]);
  });

  it('summarizes many findings of one kind in a session', async () => {
    const files = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`d/${String(i).repeat(70)}`, 'x']));
    const found = await lint(files, '  - label: A\n    files: [./d]\n');
    expect(found).toHaveLength(6);
    expect(found[5]).toBe('7:13 warning lint/joliet-long-name: … and 3 more like this in session 1 (A)');
  });

  it('refuses an exclude pattern that is not a glob', async () => {
    const found = await lint({ 'd/x': '1' }, '  - label: A\n    files: [./d]\n    exclude: ["[abc"]\n');
    expect(found).toEqual(['8:15 error lint/exclude-pattern: exclude pattern "[abc" is not a valid glob: "[" at position 1 is never closed by "]"']);
  });

  it('reports a symbolic link loop when links are followed, and keeps links otherwise', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'd/x': '1' });
    await symlink('..', path.join(dir, 'd/up'));
    expect(await lintIn(dir, '  - label: A\n    files: [./d]\n')).toEqual([]);
    const found = await lintIn(dir, '  - label: A\n    files: [./d]\n    followSymlinks: true\n');
    expect(found.some((f) => f.includes('symbolic link loop'))).toBe(true);
  });
});

describe('a file grafted onto the root', () => {
  it('is refused with a suggestion', async () => {
    expect(await lint({ 'notes.txt': 'n' }, '  - label: A\n    files:\n      - { source: ./notes.txt, target: / }\n')).toEqual([
      "8:19 error lint/file-on-root: ./notes.txt is a file and cannot become the disc's root folder: give it a target such as /notes.txt",
    ]);
  });
});
