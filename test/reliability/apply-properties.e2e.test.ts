// The convergence and safety properties end to end, with the real xorriso on virtual discs
// (few runs: each is a few real burns). For random plans and random prefixes already burned,
// apply then diff reports nothing to do; for a random conflict, apply writes nothing.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runBurnplan } from '../helpers/run-burnplan.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

const sessionsArb = fc.uniqueArray(fc.stringMatching(/^[A-Z][a-z0-9]{0,7}$/), { minLength: 1, maxLength: 4 }).chain((labels) =>
  fc.record({
    labels: fc.constant(labels),
    files: fc.array(fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9 ._-]{0,15}$/), fc.string({ maxLength: 200 }), { minKeys: 1, maxKeys: 3 }), {
      minLength: labels.length,
      maxLength: labels.length,
    }),
    burned: fc.integer({ min: 0, max: labels.length }),
  }),
);

async function project(labels: readonly string[], files: ReadonlyArray<Record<string, string>>, id = 'prop-disc') {
  const dir = await tempDir();
  const tree: Record<string, string> = {};
  files.forEach((f, i) => Object.entries(f).forEach(([name, content]) => (tree[`data/${i}/${name.trim() || 'x'}`] = content)));
  await writeTree(dir, tree);
  const plan = path.join(dir, 'plan.yaml');
  const write = (count: number, relabel?: number, discId = id) =>
    writeFile(
      plan,
      `version: 1\ndisc:\n  id: ${discId}\n  device: stdio:./disc.iso\n  backend: xorriso\nsessions:\n${labels
        .slice(0, count)
        .map((l, i) => `  - label: ${i === relabel ? `${l}X` : l}\n    files: [{ source: ./data/${i}, target: /s${i} }]\n`)
        .join('')}`,
    );
  return { dir, plan, disc: path.join(dir, 'disc.iso'), write };
}

const sha = async (file: string) => createHash('sha256').update(await readFile(file)).digest('hex');

describe('apply over random plans (real xorriso)', () => {
  it('converges: whatever prefix is burned, one apply leaves nothing to do', async () => {
    await fc.assert(
      fc.asyncProperty(sessionsArb, async ({ labels, files, burned }) => {
        const p = await project(labels, files);
        if (burned > 0) {
          await p.write(burned);
          expect((await runBurnplan(['apply', p.plan, '--yes', '--no-verify'])).exitCode).toBe(0);
        }
        await p.write(labels.length);
        expect((await runBurnplan(['apply', p.plan, '--yes'])).exitCode).toBe(0);
        const diff = JSON.parse((await runBurnplan(['diff', p.plan, '--json'])).stdout);
        expect(diff.actions).toEqual([]);
        expect(diff.sessions.map((s: any) => s.outcome)).toEqual(labels.map(() => 'in-sync'));
      }),
      { numRuns: 4 },
    );
  });

  it('writes nothing when the plan conflicts with the disc', async () => {
    await fc.assert(
      fc.asyncProperty(sessionsArb, fc.constantFrom('relabel', 'other-disc'), fc.nat(), async ({ labels, files, burned }, kind, pick) => {
        fc.pre(burned >= 1);
        const p = await project(labels, files);
        await p.write(burned);
        expect((await runBurnplan(['apply', p.plan, '--yes', '--no-verify'])).exitCode).toBe(0);
        await p.write(labels.length, kind === 'relabel' ? pick % burned : undefined, kind === 'other-disc' ? 'another-disc' : undefined);
        const before = await sha(p.disc);
        const result = await runBurnplan(['apply', p.plan, '--yes']);
        expect(result.exitCode).toBe(1);
        expect(await sha(p.disc)).toBe(before);
      }),
      { numRuns: 4 },
    );
  });
});
