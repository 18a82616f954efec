// Properties that burn, on both backends: xorriso on a virtual disc, and the cdrecord path
// (the real genisoimage into the emulated CD-R, as wodim and as cdrecord). Random plans of 1 to
// 6 sessions, split over 1 to 3 applies at random points, with sessions from a few bytes to
// MiBs, many small files, deep trees and awkward names. After every apply each session burned so
// far is read back by xorriso's own extractor (-osirrox, independent of genisoimage and of
// burnplan's reader) and compared byte for byte with the plan's sources, diff has nothing to do;
// at the end the disc still takes a new session (and closes, on the CD-R).
// Runs per backend: BURNPLAN_PROPERTY_RUNS (default 1; CI keeps it small).
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEmulatedDrive } from '../cdr-emulator/emulated-drive.js';
import { runBurnplan } from '../helpers/run-burnplan.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

const RUNS = Number(process.env['BURNPLAN_PROPERTY_RUNS'] ?? 1);
/** The largest file in a run; a bigger figure through BURNPLAN_PROPERTY_MAX_MIB. */
const MAX_FILE_BYTES = Number(process.env['BURNPLAN_PROPERTY_MAX_MIB'] ?? 2) * 1024 * 1024;

const segment = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 _.,'$()+=-]{0,20}$/).filter((s) => !s.endsWith('.') && !s.endsWith(' '));
const nonAscii = fc.constantFrom('fotos ünïcode', '日本語', 'ça va', 'Ωmega');
const fileSize = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 3000 }) }, { weight: 1, arbitrary: fc.integer({ min: 3001, max: MAX_FILE_BYTES }) });
const filePath = fc.array(fc.oneof({ weight: 5, arbitrary: segment }, { weight: 1, arbitrary: nonAscii }), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('/'));
/** A session: a few files, or many small ones. */
const session = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.tuple(filePath, fileSize), { minLength: 1, maxLength: 8 }) },
  { weight: 1, arbitrary: fc.integer({ min: 50, max: 300 }).map((n) => Array.from({ length: n }, (_, i) => [`many/d${i % 7}/f${i}.txt`, i % 97] as [string, number])) },
);
const planArb = fc
  .array(session, { minLength: 1, maxLength: 6 })
  .chain((sessions) => fc.record({ sessions: fc.constant(sessions), cuts: fc.uniqueArray(fc.integer({ min: 1, max: sessions.length }), { maxLength: 2 }), seed: fc.integer() }));

type Backend = 'xorriso' | 'wodim' | 'cdrecord';

/** Files of each session without two on one path, nor a file where another needs a folder. */
function distinctFiles(files: ReadonlyArray<readonly [string, number]>): Array<[string, number]> {
  const taken = new Set<string>();
  const out: Array<[string, number]> = [];
  for (const [file, size] of files) {
    const folders = file.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'));
    const lower = file.toLowerCase();
    if (taken.has(lower) || folders.some((f) => taken.has(`${f.toLowerCase()}\0file`)) || taken.has(`${lower}\0folder`)) continue;
    taken.add(lower);
    taken.add(`${lower}\0file`);
    for (const f of folders) taken.add(`${f.toLowerCase()}\0folder`);
    out.push([file, size]);
  }
  return out;
}

function content(seed: number, session: number, file: string, size: number): Buffer {
  const buffer = Buffer.alloc(size);
  let x = (seed ^ (session * 2654435761) ^ file.length * 40503) >>> 0;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    buffer[i] = x >>> 24;
  }
  return buffer;
}

async function project(backend: Backend, sessions: ReadonlyArray<ReadonlyArray<readonly [string, number]>>, seed: number) {
  const dir = await tempDir();
  const planned = sessions.map(distinctFiles);
  const tree: Record<string, Buffer> = {};
  planned.forEach((files, i) => files.forEach(([file, size]) => (tree[`data/${i}/${file}`] = content(seed, i, file, size))));
  await writeTree(dir, tree);
  const drive = backend === 'xorriso' ? undefined : createEmulatedDrive(dir, { variant: backend });
  const device = drive ? drive.device : 'stdio:./disc.iso';
  const plan = path.join(dir, 'plan.yaml');
  const write = (count: number, extra = '') =>
    writeFile(
      plan,
      `version: 1\ndisc:\n  id: burn-prop\n  device: ${device}\n  backend: ${drive ? 'cdrecord' : 'xorriso'}\n${drive ? '  media: cd-r\n' : ''}sessions:\n${planned
        .slice(0, count)
        .map((_, i) => `  - label: S${i + 1}\n    files: [{ source: ./data/${i}, target: /s${i + 1} }]\n`)
        .join('')}${extra}`,
    );
  return { dir, plan, planned, tree, env: drive ? drive.env : process.env, image: drive ? drive.imagePath : path.join(dir, 'disc.iso'), closes: drive !== undefined, write };
}

async function filesBelow(root: string, prefix = ''): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(path.join(root, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...(await filesBelow(root, relative)));
    else found.push(relative);
  }
  return found;
}

/** Every session so far, extracted by xorriso from its own start, holds exactly the planned files. */
async function expectSessionsReadBack(p: Awaited<ReturnType<typeof project>>, burned: number) {
  const status = JSON.parse((await runBurnplan(['status', p.plan, '--json'], { env: p.env })).stdout);
  expect(status.sessions).toHaveLength(burned);
  for (let k = 0; k < burned; k++) {
    const out = path.join(p.dir, `extracted-${burned}-${k}`);
    await mkdir(out);
    await execa('xorriso', ['-osirrox', 'on', '-load', 'sbsector', String(status.sessions[k].start_lba), '-indev', `stdio:${p.image}`, '-extract', '/', out]);
    const expected = p.planned.slice(0, k + 1).flatMap((files, i) => files.map(([file]) => `s${i + 1}/${file}`));
    const onDisc = (await filesBelow(out)).filter((f) => !f.startsWith('.burnplan/'));
    expect(onDisc.sort()).toEqual(expected.sort());
    for (const file of expected) {
      const [, index, ...rest] = /^s(\d+)\/(.*)$/.exec(file)!;
      expect((await readFile(path.join(out, file))).equals(p.tree[`data/${Number(index) - 1}/${rest.join('')}`]!), file).toBe(true);
    }
  }
}

describe.each(['xorriso', 'wodim', 'cdrecord'] as const)('random plans burned through %s', (backend) => {
  it('every session reads back whole after every apply, diff is clean, the disc takes more', async () => {
    await fc.assert(
      fc.asyncProperty(planArb, async ({ sessions, cuts, seed }) => {
        const p = await project(backend, sessions, seed);
        const stops = [...cuts.filter((c) => c < sessions.length).sort((a, b) => a - b), sessions.length];
        for (const count of stops) {
          await p.write(count);
          const result = await runBurnplan(['apply', p.plan, '--yes'], { env: p.env });
          expect(result.exitCode, result.stdout + result.stderr).toBe(0);
          await expectSessionsReadBack(p, count);
          const diff = await runBurnplan(['diff', p.plan, '--detailed-exitcode'], { env: p.env });
          expect(diff.exitCode, diff.stdout).toBe(0);
        }
        await writeTree(p.dir, { 'more/last.txt': 'last\n' });
        await p.write(sessions.length, `  - label: More\n    files: [{ source: ./more, target: /more }]\nfinalize: ${p.closes ? 'close' : 'open'}\n`);
        const more = await runBurnplan(['apply', p.plan, '--yes'], { env: p.env });
        expect(more.exitCode, more.stdout + more.stderr).toBe(0);
        const status = JSON.parse((await runBurnplan(['status', p.plan, '--json'], { env: p.env })).stdout);
        expect(status.sessions).toHaveLength(sessions.length + 1);
        expect(status.status).toBe(p.closes ? 'closed' : 'appendable');
      }),
      { numRuns: RUNS },
    );
  }, 600_000);
});
