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
      '9:9 error lint/same-target: ./a/notes.txt and ./b/notes.txt both land on /notes.txt on the disc (only one of them would be burned): rename one, or give one of them another target',
      '10:19 error lint/same-target: ./a/notes.txt and ./c both land on /notes.txt on the disc (only one of them would be burned): rename one, or give one of them another target',
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
    const cut = 'a'.repeat(64);
    const kept = 'a'.repeat(61);
    expect(found).toEqual([
      `7:13 error lint/joliet-name-collision: ./d/${long}.dat and ./d/${long}.txt both show as "${cut}" in / on Windows (the Joliet tree changes names over 64 characters and the characters * / : ; ? \\): rename one, or set joliet: false`,
      `7:13 warning lint/joliet-name-changed: ./d/${long}.dat: Windows (Joliet) shows the name as "${kept}.dat" (xorriso) or "${cut}" (genisoimage)`,
      `7:13 warning lint/joliet-name-changed: ./d/${long}.txt: Windows (Joliet) shows the name as "${kept}.txt" (xorriso) or "${cut}" (genisoimage)`,
    ]);
  });

  it("says what Windows shows for a name Joliet must change, as the plan's backend writes it", async () => {
    const files = { 'd/a:b?.txt': '1', 'd/star*.txt': '2', 'd/x😀y.txt': '3' };
    expect(await lint(files, '  - label: A\n    files: [./d]\n', '  backend: xorriso\n')).toEqual([
      '8:13 warning lint/joliet-name-changed: ./d/a:b?.txt: Windows (Joliet) shows the name as "a_b_.txt"',
      '8:13 warning lint/joliet-name-changed: ./d/star*.txt: Windows (Joliet) shows the name as "star_.txt"',
      '8:13 warning lint/joliet-name-changed: ./d/x😀y.txt: Windows (Joliet) shows the name as "x_y.txt"',
    ]);
    const cdrecord = await lint(files, '  - label: A\n    files: [./d]\n', '  backend: cdrecord\n');
    expect(cdrecord[2]).toBe('8:13 warning lint/joliet-name-changed: ./d/x😀y.txt: Windows (Joliet) shows the name as "x"');
  });

  it('refuses a name genisoimage cannot write in Joliet on the cdrecord path (it starts outside the 16-bit range)', async () => {
    const files = { 'd/\u{1F600}a.txt': '1' };
    expect(await lint(files, '  - label: A\n    files: [./d]\n', '  backend: cdrecord\n')).toEqual([
      "8:13 error lint/joliet-name-empty: ./d/\u{1F600}a.txt: genisoimage cannot write its Joliet name (it starts with a character outside Unicode's 16-bit range, such as an emoji) and stops: rename it, set joliet: false, or use backend: xorriso",
    ]);
    expect((await lint(files, '  - label: A\n    files: [./d]\n'))[0]).toMatch(/^7:13 warning lint\/joliet-name-empty/);
    expect((await lint(files, '  - label: A\n    files: [./d]\n', '  backend: xorriso\n'))[0]).toMatch(/joliet-name-changed/);
  });

  it('refuses two names of a folder that genisoimage cannot sort in Joliet on the cdrecord path, also across sessions', async () => {
    const E = '\u{1F600}';
    const unsortable = `./d/A${E}.txt and ./d/Ab.txt: genisoimage cannot sort their Joliet names (the first has a character outside Unicode's 16-bit range, such as an emoji, where the other name goes on) and stops: rename one, set joliet: false, or use backend: xorriso`;
    const found = await lint({ [`d/A${E}.txt`]: '1', 'd/Ab.txt': '2', 'd/B.txt': '3' }, '  - label: A\n    files: [./d]\n', '  backend: cdrecord\n');
    expect(found.filter((f) => !f.includes('joliet-name-changed'))).toEqual([`8:13 error lint/joliet-name-unsortable: ${unsortable}`]);
    expect((await lint({ [`d/A${E}.txt`]: '1', 'd/Ab.txt': '2' }, '  - label: A\n    files: [./d]\n')).filter((f) => f.includes('unsortable'))).toEqual([`7:13 warning lint/joliet-name-unsortable: ${unsortable}`]);
    expect(await lint({ [`d/A${E}.txt`]: '1', 'd/Ab.txt': '2' }, '  - label: A\n    files: [./d]\n', '  backend: xorriso\n')).not.toContainEqual(expect.stringContaining('unsortable'));

    const dir = await tempDir();
    await writeTree(dir, { [`one/A${E}.txt`]: '1', 'two/Ab.txt': '2' });
    const later = await lintIn(dir, '  - label: A\n    files: [{ source: ./one, target: /d }]\n  - label: B\n    files: [{ source: ./two, target: /d }]\n', '  backend: cdrecord\n');
    expect(later.filter((f) => f.includes('unsortable'))).toEqual([
      `10:23 error lint/joliet-name-unsortable: ./one/A${E}.txt and ./two/Ab.txt: genisoimage cannot sort their Joliet names (the first has a character outside Unicode's 16-bit range, such as an emoji, where the other name goes on) and stops: rename one, set joliet: false, or use backend: xorriso`,
    ]);
  });

  it('refuses two names that Joliet shows as one (genisoimage burns both under one name, xorriso renames them)', async () => {
    const found = await lint({ 'd/a:b.txt': '1', 'd/a_b.txt': '2' }, '  - label: A\n    files: [./d]\n');
    expect(found[0]).toBe('7:13 error lint/joliet-name-collision: ./d/a:b.txt and ./d/a_b.txt both show as "a_b.txt" in / on Windows (the Joliet tree changes names over 64 characters and the characters * / : ; ? \\): rename one, or set joliet: false');
    expect(await lint({ 'd/a:b.txt': '1', 'd/a_b.txt': '2' }, '  - label: A\n    files: [./d]\n    joliet: false\n')).toEqual([]);
  });

  it('refuses two files on one disc path from folders that merge, naming both sources and the path', async () => {
    const files = { 'd/x.txt': '1', 'd/only-d.txt': '1', 'e/x.txt': '2', 'f/x.txt': '3', 'g/x.txt': '4', 'h/sub/y': '5' };
    expect(await lint(files, '  - label: A\n    files: [./d, ./e]\n')).toEqual([
      '7:18 error lint/same-target: ./d/x.txt and ./e/x.txt both land on /x.txt on the disc (only one of them would be burned): rename one, or give one of them another target',
    ]);
    expect(await lint(files, '  - label: A\n    files:\n      - ./d\n      - { source: ./f/x.txt, target: /x.txt }\n')).toEqual([
      '9:19 error lint/same-target: ./d/x.txt and ./f/x.txt both land on /x.txt on the disc (only one of them would be burned): rename one, or give one of them another target',
    ]);
    expect(await lint(files, '  - label: A\n    files:\n      - { source: ./f, target: /sub }\n      - { source: ./g, target: /sub }\n')).toEqual([
      '9:19 error lint/same-target: ./f/x.txt and ./g/x.txt both land on /sub/x.txt on the disc (only one of them would be burned): rename one, or give one of them another target',
    ]);
    // a file where another source needs a folder
    expect(await lint(files, '  - label: A\n    files:\n      - { source: ./f/x.txt, target: /sub }\n      - ./h\n')).toEqual([
      '9:9 error lint/same-target: ./f/x.txt and ./h/sub both land on /sub on the disc (only one of them would be burned): rename one, or give one of them another target',
    ]);
    // folders merging is fine
    expect(await lint(files, '  - label: A\n    files:\n      - { source: ./h, target: /sub }\n      - { source: ./f, target: /sub }\n')).toEqual([]);
  });

  it('refuses anything that would land in /.burnplan, folder contents included', async () => {
    const files = { 'copy/.burnplan/session-01.sha256': 'x', 'copy/a.bin': 'a', 'other/.burnplan': 'f' };
    expect(await lint(files, '  - label: A\n    files: [./copy]\n')).toEqual([
      "7:13 error lint/reserved-path: ./copy/.burnplan would land on /.burnplan, inside /.burnplan, where burnplan keeps each session's checksums: exclude it, or give the source another target",
      "7:13 error lint/reserved-path: ./copy/.burnplan/session-01.sha256 would land on /.burnplan/session-01.sha256, inside /.burnplan, where burnplan keeps each session's checksums: exclude it, or give the source another target",
    ]);
    expect(await lint(files, '  - label: A\n    files: [./other]\n')).toHaveLength(1);
    expect(await lint(files, '  - label: A\n    files: [{ source: ./copy, target: /copy }]\n')).toEqual([]);
    expect(await lint(files, '  - label: A\n    files: [./copy]\n    exclude: [".burnplan"]\n')).toEqual([]);
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
    expect(found[5]).toBe('7:13 warning lint/joliet-name-changed: … and 3 more like this in session 1 (A)');
  });

  it('refuses an exclude pattern that is not a glob', async () => {
    const found = await lint({ 'd/x': '1' }, '  - label: A\n    files: [./d]\n    exclude: ["[abc"]\n');
    expect(found).toEqual(['8:15 error lint/exclude-pattern: exclude pattern "[abc" is not a valid glob: "[" at position 1 is never closed by "]"']);
  });

  it('refuses a set whose range runs backwards, and takes a hyphen elsewhere literally', async () => {
    const found = await lint({ 'd/x': '1' }, '  - label: A\n    files: [./d]\n    exclude: ["my-photos/**", "[z-a].txt"]\n');
    expect(found).toEqual(['8:31 error lint/exclude-pattern: exclude pattern "[z-a].txt" is not a valid glob: the range "z-a" at position 2 runs backwards']);
  });

  it('reports a symbolic link loop when links are followed, and keeps links otherwise', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'd/x': '1' });
    await symlink('..', path.join(dir, 'd/up'));
    expect(await lintIn(dir, '  - label: A\n    files: [./d]\n')).toEqual([]);
    const found = await lintIn(dir, '  - label: A\n    files: [./d]\n    followSymlinks: true\n');
    expect(found.some((f) => f.includes('symbolic link loop'))).toBe(true);
  });

  it('shows the paths of a linked source as the plan writes them, not where the link leads', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'real/a:b.txt': '1' });
    await writeFile(Buffer.from(path.join(dir, 'real/caf\xe9'), 'latin1'), '2'); // not UTF-8
    await symlink('real', path.join(dir, 'link'));
    const found = await lintIn(dir, '  - label: A\n    files: [./link]\n', '  backend: xorriso\n');
    expect(found.map((f) => f.replace(/ \(bytes.*/, ''))).toEqual([
      '8:13 error lint/source-unreadable: ./link/caf\u00e9 cannot be read: its name is not UTF-8',
      '8:13 warning lint/joliet-name-changed: ./link/a:b.txt: Windows (Joliet) shows the name as "a_b.txt"',
    ]);
  });

  it('warns of two names that differ only in case, which Windows (Joliet) does not tell apart', async () => {
    const files = { 'd/x.txt': '1', 'e/X.TXT': '2', 'f/Photos/a': '3', 'g/photos/b': '4' };
    expect(await lint(files, '  - label: A\n    files: [./d, ./e]\n')).toEqual([
      '7:18 warning lint/name-case-collision: ./d/x.txt and ./e/X.TXT differ only in case in /: Windows, which ignores case, opens only one of them; rename one if the disc is read there',
    ]);
    expect((await lint(files, '  - label: A\n    files: [./f, ./g]\n'))[0]).toContain('./f/Photos and ./g/photos differ only in case in /');
    expect(await lint(files, '  - label: A\n    files: [./d, ./e]\n    joliet: false\n')).toEqual([]);
    // a later session that holds an earlier session's folder in another case
    expect(await lint(files, '  - label: A\n    files: [./f]\n  - label: B\n    files: [./g]\n')).toEqual([
      '9:13 warning lint/name-case-collision: ./g/photos lands on /photos, which differs only in case from /Photos of session 1 (A): Windows, which ignores case, opens only one of them; use the same name, or another one',
    ]);
  });

  it('refuses a file where an earlier session has a folder, at the later entry: a later session adds to a folder but cannot replace it', async () => {
    const files = { 'd/x/in.txt': '1', 'e/x': '2', 'f/x/more.txt': '3', 'g/x.txt': '4' };
    expect(await lint(files, '  - label: A\n    files: [./d]\n  - label: B\n    files: [./g, ./e]\n')).toEqual([
      '9:18 error lint/file-over-folder: ./e/x is a file at /x, where session 1 (A) has a folder: a later session can add to a folder but not replace it by a file; give it another target',
    ]);
    // folders merge, and a file replacing a file is multisession working as intended
    expect(await lint(files, '  - label: A\n    files: [./d, ./g]\n  - label: B\n    files: [./f, ./g]\n')).toEqual([]);
  });

  // each session is checked against the tree of all before it, read once as the sessions go
  it('finds both across three sessions, against whichever earlier session holds the path, one without Joliet too', async () => {
    const files = { 'd/x/in.txt': '1', 'e/x': '2', 'f/Photos/a': '3', 'g/photos/b': '4' };
    const plan = '  - label: A\n    files: [./f]\n  - label: B\n    files: [./d]\n    joliet: false\n  - label: C\n    files: [./g, ./e]\n';
    expect(await lint(files, plan)).toEqual([
      '10:5 error lint/joliet-dropped: session 2 (B) drops Joliet, which session 1 has: readers would lose the Joliet names of every file on the disc; keep joliet: true',
      '12:13 warning lint/name-case-collision: ./g/photos lands on /photos, which differs only in case from /Photos of session 1 (A): Windows, which ignores case, opens only one of them; use the same name, or another one',
      '12:18 error lint/file-over-folder: ./e/x is a file at /x, where session 2 (B) has a folder: a later session can add to a folder but not replace it by a file; give it another target',
    ]);
  });
});

describe('a file grafted onto the root', () => {
  it('is refused with a suggestion', async () => {
    expect(await lint({ 'notes.txt': 'n' }, '  - label: A\n    files:\n      - { source: ./notes.txt, target: / }\n')).toEqual([
      "8:19 error lint/file-on-root: ./notes.txt is a file and cannot become the disc's root folder: give it a target such as /notes.txt",
    ]);
  });
});
