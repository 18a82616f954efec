// burnplan verify checks every directory tree of a session, not only the one it reads files by:
// a Joliet record (what Windows opens) or a plain ISO 9660 record pointing at another file's
// data is damage, and an independent reader (isoinfo) confirms it reads the wrong bytes.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { findRecord, pointRecord } from '../helpers/patch-directory-record.js';
import { hasStackTrace, runBurnplan } from '../helpers/run-burnplan.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

const PLAN = 'version: 1\ndisc:\n  id: trees-test\n  device: stdio:./disc.iso\n  backend: xorriso\nsessions:\n  - label: Trees\n    files: [{ source: ./data, target: /docs }]\n';

/** Burned by apply; or, without Rock Ridge (which a plan refuses), by xorriso itself. */
async function burned(rockRidge: boolean, files: Record<string, string> = { 'data/a.txt': 'the bytes of A\n', 'data/b.txt': 'B, other bytes, longer\n' }) {
  const dir = await tempDir();
  await writeTree(dir, files);
  const plan = path.join(dir, 'plan.yaml');
  const image = path.join(dir, 'disc.iso');
  await writeFile(plan, PLAN);
  if (rockRidge) {
    const applied = await runBurnplan(['apply', plan, '--yes']);
    expect(applied.exitCode, applied.stderr).toBe(0);
  } else {
    const tree = ['-joliet', 'on', '-rockridge', 'off', '-volid', 'Trees', '-volset_id', 'trees-test'];
    await execa('xorriso', ['-md5', 'on', '-dev', `stdio:${image}`, ...tree, '-map', path.join(dir, 'data'), '/docs', '-commit']);
  }
  return { plan, image };
}

async function verify(plan: string) {
  const json = await runBurnplan(['verify', plan, '--json']);
  const text = await runBurnplan(['verify', plan]);
  expect(hasStackTrace(json.stderr + text.stdout + text.stderr)).toBe(false);
  return { exitCode: json.exitCode, session: JSON.parse(json.stdout).sessions[0], text };
}

describe('burnplan verify: every tree of a session', () => {
  // without Rock Ridge xorriso records no MD5s (it keeps them in Rock Ridge's AAIP fields): such a
  // session is not verifiable, but its trees are still compared
  it.each([
    [true, 'ok'],
    [false, 'not-verifiable'],
  ])('a correct session: all its trees agree (Rock Ridge: %s)', async (rockRidge, outcome) => {
    const p = await burned(rockRidge);
    const { exitCode, session } = await verify(p.plan);
    expect(exitCode).toBe(0);
    expect(session).toMatchObject({ outcome, tree_mismatches: [] });
  });

  it("a Joliet record pointing at another file's data: not intact, the Joliet tree and the path named", async () => {
    const p = await burned(true);
    const b = await findRecord(p.image, 0, 'joliet', ['docs', 'b.txt']);
    const a = await findRecord(p.image, 0, 'joliet', ['docs', 'a.txt']);
    await pointRecord(p.image, a.offset, b.lba, b.size);
    // what Windows would read: isoinfo through Joliet gives B's bytes for A
    const { stdout } = await execa('isoinfo', ['-J', '-i', p.image, '-x', '/docs/a.txt']);
    expect(stdout).toBe('B, other bytes, longer');
    const { exitCode, session, text } = await verify(p.plan);
    expect(exitCode).toBe(1);
    expect(session.outcome).toBe('damaged');
    expect(session.tree_mismatches).toEqual([
      { tree: 'joliet', path: '/docs/a.txt', problem: `points at LBA ${b.lba} (${b.size} bytes), the data of /docs/b.txt; Rock Ridge /docs/a.txt at LBA ${a.lba} (${a.size} bytes)` },
    ]);
    expect(text.exitCode).toBe(1);
    expect(text.stdout).toContain('Joliet tree: /docs/a.txt points at');
    expect(text.stdout).toContain('Sessions: 0 intact, 1 damaged.');
  });

  it("a plain ISO 9660 record pointing at another file's data (a Joliet session without Rock Ridge)", async () => {
    const p = await burned(false);
    const b = await findRecord(p.image, 0, 'iso', ['DOCS', 'B.TXT']);
    const a = await findRecord(p.image, 0, 'iso', ['DOCS', 'A.TXT']);
    await pointRecord(p.image, a.offset, b.lba, b.size);
    const { stdout } = await execa('isoinfo', ['-i', p.image, '-x', '/DOCS/A.TXT;1']);
    expect(stdout).toBe('B, other bytes, longer');
    const { exitCode, session, text } = await verify(p.plan);
    expect(exitCode).toBe(1);
    expect(session.outcome).toBe('damaged');
    expect(session.tree_mismatches).toEqual([
      { tree: 'iso', path: '/DOCS/A.TXT', problem: `points at LBA ${b.lba} (${b.size} bytes), the data of /docs/b.txt; Joliet /docs/a.txt at LBA ${a.lba} (${a.size} bytes)` },
    ]);
    // xorriso notices too here: unlike the Joliet tree, the plain ISO 9660 directories are inside its session checksum
    expect(text.stdout).toContain('ISO 9660 tree: /DOCS/A.TXT points at');
  });

  it('a Joliet record pointing at another copy of the same bytes: read and hashed, still intact', async () => {
    const p = await burned(true, { 'data/a.txt': 'twin bytes\n', 'data/b.txt': 'twin bytes\n' });
    const b = await findRecord(p.image, 0, 'joliet', ['docs', 'b.txt']);
    const a = await findRecord(p.image, 0, 'joliet', ['docs', 'a.txt']);
    expect(a.lba).not.toBe(b.lba);
    await pointRecord(p.image, a.offset, b.lba, b.size);
    const { exitCode, session } = await verify(p.plan);
    expect(exitCode).toBe(0);
    expect(session).toMatchObject({ outcome: 'ok', tree_mismatches: [] });
  });
});
