// The catalog of an archive on the xorriso path (virtual discs): apply records every verified
// session beside the plan and carries the catalog of the set in each session; locate answers from
// it; a lost catalog is rebuilt from one copy, the other copy taken from the catalog that disc carries.
import { readFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, REPO_ROOT, runBurnplan } from '../helpers/run-burnplan.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

const plan = (sessions: string[]) => `version: 1
copies: 2
disc:
  id: archive
  device: stdio:./a.iso
  backend: xorriso
sessions:
${sessions.map((label) => `  - label: ${label}\n    files: [{ source: ./data/${label}, target: /${label} }]\n`).join('')}`;

async function project() {
  const dir = await tempDir();
  await writeTree(dir, { 'data/One/one.txt': 'one\n', 'data/One/photos/IMG_1.jpg': 'jpeg one\n', 'data/Two/two.txt': 'two\n' });
  const write = (sessions: string[]) => writeFile(path.join(dir, 'plan.yaml'), plan(sessions));
  const run = (args: string[]) => runBurnplan(args, { cwd: dir });
  return { dir, write, run, catalog: path.join(dir, 'plan.catalog.json') };
}

/** The catalog a session carries, read by xorriso itself (not burnplan's reader). */
async function carried(dir: string, image: string): Promise<{ discs: Array<{ sessions: Array<{ number: number; copies: Array<{ copy: number; verified: boolean }>; files: Array<{ path: string; size: number }> }> }> }> {
  const out = path.join(dir, `${image}.carried.json`);
  await rm(out, { force: true });
  await execa('xorriso', ['-osirrox', 'on', '-indev', `stdio:${path.join(dir, image)}`, '-extract', '/.burnplan/catalog.json', out]);
  return JSON.parse(await readFile(out, 'utf8'));
}

const locateSchema = new Ajv({ strict: true }).compile(JSON.parse(readFileSync(path.join(REPO_ROOT, 'schemas/locate.schema.json'), 'utf8')));
const catalogSchema = new Ajv({ strict: true }).compile(JSON.parse(readFileSync(path.join(REPO_ROOT, 'schemas/catalog.schema.json'), 'utf8')));

describe('the catalog (xorriso)', () => {
  it('records both copies, carries the set in each session, locates a file, and is rebuilt from one copy', async () => {
    const p = await project();
    await p.write(['One']);
    expect((await p.run(['apply', 'plan.yaml', '--yes', '--copy', '1'])).exitCode).toBe(0);
    expect((await p.run(['apply', 'plan.yaml', '--yes', '--copy', '2', '--device', 'stdio:./b.iso'])).exitCode).toBe(0);
    const recorded = JSON.parse(await readFile(p.catalog, 'utf8'));
    expect(catalogSchema(recorded), JSON.stringify(catalogSchema.errors)).toBe(true);
    const session = recorded.discs[0].sessions[0];
    expect(session.copies).toEqual([{ copy: 1, startLba: 32, verified: true }, { copy: 2, startLba: 32, verified: true }]);
    expect(session.files.map((f: { path: string }) => f.path)).toEqual(['/One/one.txt', '/One/photos/IMG_1.jpg']);
    expect(session.files[0]).toMatchObject({ size: 4, md5: '5bbf5a52328e7439ae6e719dfe712200' });
    expect(session.files[0].lba).toBeGreaterThanOrEqual(32);

    // the session carries the catalog as it stood, plus itself (planned, not yet read back)
    const onB = await carried(p.dir, 'b.iso');
    expect(onB.discs[0]!.sessions[0]!.copies).toEqual([{ copy: 1, startLba: 32, verified: true }, { copy: 2, verified: false }]);
    // it is neither damage nor a change: the discs are in sync and read back intact
    expect((await p.run(['diff', 'plan.yaml', '--device', 'stdio:./b.iso'])).stdout).toContain('No changes');
    const verify = await p.run(['verify', 'plan.yaml', '--against-sources']);
    expect(verify.exitCode, verify.stdout).toBe(0);
    expect(verify.stdout).not.toMatch(/gone|not listed|without/);

    const text = await p.run(['locate', 'one.txt']);
    expect(text).toMatchObject({ exitCode: 0, stdout: '/One/one.txt  4 B\n  disc archive, session 1 (One): copy 1 verified, copy 2 verified\n' });
    const json = await p.run(['locate', '*.jpg', '--plan', 'plan.yaml', '--json']);
    expect(json.exitCode).toBe(0);
    const document = JSON.parse(json.stdout);
    expect(locateSchema(document), JSON.stringify(locateSchema.errors)).toBe(true);
    expect(document.files.map((f: { path: string }) => f.path)).toEqual(['/One/photos/IMG_1.jpg']);

    // a later session on copy 1 carries copy 2 as recorded
    await p.write(['One', 'Two']);
    expect((await p.run(['apply', 'plan.yaml', '--yes'])).exitCode).toBe(0);
    const onA = await carried(p.dir, 'a.iso');
    expect(onA.discs[0]!.sessions.map((s) => s.copies.map((c) => c.copy))).toEqual([[1, 2], [1]]);
    const withPlan = await p.run(['locate', 'two.txt', '--plan', 'plan.yaml']);
    expect(withPlan.stdout).toBe('/Two/two.txt  4 B\n  disc archive, session 2 (Two): copy 1 verified; not yet on copy 2\n');

    // lost, then rebuilt from copy 1 alone
    const before = JSON.parse(await readFile(p.catalog, 'utf8'));
    await rm(p.catalog);
    const rebuilt = await p.run(['catalog', 'rebuild', 'plan.yaml', '--device', 'stdio:./a.iso']);
    expect(rebuilt.exitCode, rebuilt.stderr).toBe(0);
    expect(rebuilt.stdout).toContain('disc archive, copy 1: sessions 1, 2\n  disc archive, copy 2: session 1\n');
    const after = JSON.parse(await readFile(p.catalog, 'utf8'));
    expect(after.discs[0].sessions.map((s: { files: unknown }) => s.files)).toEqual(before.discs[0].sessions.map((s: { files: unknown }) => s.files));
    expect(after.discs[0].sessions[0].copies).toEqual([{ copy: 1, startLba: 32, verified: true }, { copy: 2, startLba: 32, verified: true }]);
    // a rebuild reads trees, not data: the session last burned is verified again by verify
    expect(after.discs[0].sessions[1].copies).toEqual([{ copy: 1, startLba: expect.any(Number), verified: false }]);
    expect((await p.run(['verify', 'plan.yaml'])).exitCode).toBe(0);
    expect(JSON.parse(await readFile(p.catalog, 'utf8')).discs[0].sessions[1].copies[0].verified).toBe(true);
    const both = await p.run(['locate', 'one.txt']);
    expect(both.stdout).toContain('copy 1 verified, copy 2 verified');
    const again = await p.run(['catalog', 'rebuild', 'plan.yaml', '--device', 'stdio:./a.iso']);
    expect(again).toMatchObject({ exitCode: 1, stderr: 'plan.catalog.json exists already: rebuilding would replace it (give --force to do so)\n' });
    expect((await p.run(['catalog', 'rebuild', 'plan.yaml', '-d', 'stdio:./a.iso', '-d', 'stdio:./b.iso', '--force'])).exitCode).toBe(0);
  }, 120_000);

  it('says in one line when nothing matches, when there is no catalog or several, and when one is broken', async () => {
    const p = await project();
    expect(await p.run(['locate', 'x'])).toMatchObject({ exitCode: 1, stderr: 'no catalog (*.catalog.json) in this folder: give --plan PLAN or --catalog FILE\n' });
    await p.write(['One']);
    expect((await p.run(['apply', 'plan.yaml', '--yes', '--copy', '1'])).exitCode).toBe(0);
    expect(await p.run(['locate', 'nothing.txt'])).toMatchObject({ exitCode: 1, stderr: 'plan.catalog.json: no file matches "nothing.txt"\n' });
    await writeFile(path.join(p.dir, 'other.catalog.json'), '{"format":"burnplan-catalog/1","discs":[]}\n');
    expect(await p.run(['locate', 'one.txt'])).toMatchObject({ exitCode: 1, stderr: 'several catalogs in this folder (other.catalog.json, plan.catalog.json): give --plan PLAN or --catalog FILE\n' });
    const text = await readFile(p.catalog, 'utf8');
    await writeFile(p.catalog, text.replace('"size":4', '"size":"4"'));
    const broken = await p.run(['locate', 'one.txt', '--plan', 'plan.yaml']);
    expect(broken).toMatchObject({ exitCode: 1, stderr: 'plan.catalog.json: not a valid burnplan catalog: at /discs/0/sessions/0/files/0/size must be integer\n' });
    // a broken catalog stops a burn before anything is written (it would be carried in the session)
    await p.write(['One', 'Two']);
    const image = await readFile(path.join(p.dir, 'a.iso'));
    const apply = await p.run(['apply', 'plan.yaml', '--yes']);
    expect(apply).toMatchObject({ exitCode: 1, stderr: 'plan.catalog.json: not a valid burnplan catalog: at /discs/0/sessions/0/files/0/size must be integer\n' });
    expect(hasStackTrace(broken.stderr + apply.stderr)).toBe(false);
    expect((await readFile(path.join(p.dir, 'a.iso'))).equals(image)).toBe(true);
  }, 60_000);
});
