// `burnplan diff --json` against its documented shape (schemas/diff-output.schema.json), for
// every kind of outcome.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/run-burnplan.js';
import { diffJson, runDiffActions } from '../helpers/run-actions.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';
import { buildVirtualDisc } from '../helpers/virtual-disc.js';

const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(path.join(REPO_ROOT, 'schemas/diff-output.schema.json'), 'utf8')));

function expectDocumentedShape(json: unknown): void {
  const valid = validate(json);
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

describe('diff --json has the documented shape', () => {
  it('for to-burn, in-sync, drift, adopted, extra and conflict outcomes', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'data/A/a.txt': 'a', 'data/B/b.txt': 'b', 'data/C/c.txt': 'c' });
    const plan = path.join(dir, 'plan.yaml');
    const sessions = ['A', 'B', 'C'].map((l) => `  - label: ${l}\n    files: [./data/${l}]\n`).join('');
    await writeFile(plan, `version: 1\ndisc:\n  id: shape\n  device: stdio:./disc.iso\n  backend: xorriso\nsessions:\n${sessions}`);
    const blank = await diffJson([plan]);
    expectDocumentedShape(blank.json);
    await runDiffActions([plan], { limit: 2 });
    await writeFile(path.join(dir, 'data/B/b.txt'), 'changed!');
    const mixed = await diffJson([plan]);
    expect(mixed.json.sessions.map((s: any) => s.outcome)).toEqual(['in-sync', 'drift', 'to-burn']);
    expectDocumentedShape(mixed.json);

    const other = await tempDir();
    await buildVirtualDisc(other, 'disc.iso', [
      { label: 'A', files: { 'x.txt': 'x' } },
      { label: 'Wrong', files: { 'y.txt': 'y' } },
      { label: 'C', files: { 'z.txt': 'z' } },
      { label: 'Extra', files: { 'e.txt': 'e' } },
    ]);
    await writeTree(other, { 'data/A/a.txt': 'a', 'data/B/b.txt': 'b', 'data/C/c.txt': 'c' });
    await writeFile(path.join(other, 'plan.yaml'), `version: 1\ndisc:\n  id: shape\n  device: stdio:./disc.iso\n  backend: xorriso\nsessions:\n${sessions}`);
    const conflicts = await diffJson([path.join(other, 'plan.yaml')]);
    expect(conflicts.json.sessions.map((s: any) => s.outcome)).toEqual(['adopted', 'conflict', 'adopted', 'extra']);
    expectDocumentedShape(conflicts.json);
  });
});
