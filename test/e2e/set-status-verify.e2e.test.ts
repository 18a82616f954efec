// status and verify of a set: what each drive holds (which disc and copy), the set at a glance,
// and every inserted disc read back; a damaged copy is named, the intact one beside it too.
import { readFileSync } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runBurnplan } from '../helpers/run-burnplan.js';
import { writeTree } from '../helpers/temp-dir.js';

const PLAN = `version: 1
copies: 2
discs:
  - id: docs-a
    backend: xorriso
    sessions:
      - label: DocsA
        files: [{ source: ./data/a, target: /a }]
  - id: docs-b
    backend: xorriso
    sessions:
      - label: DocsB
        files: [{ source: ./data/b, target: /b }]
`;

let dir = '';
const run = (...args: string[]) => runBurnplan(args, { cwd: dir });

// one burn for both tests: the folder lives as long as the file's tests (tempDir's is per test)
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'burnplan-test-'));
  await writeTree(dir, { 'set.yaml': PLAN, 'data/a/report.txt': 'a'.repeat(200_000), 'data/b/notes.txt': 'b\n' });
  const applied = await run('apply', 'set.yaml', '--yes', '--device', 'stdio:./one.iso', '--device', 'stdio:./two.iso');
  expect(applied.exitCode, applied.stdout + applied.stderr).toBe(0);
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('status and verify of a set', () => {
  it('status names the disc and copy in each drive and the set at a glance, in text and JSON', async () => {
    const text = await run('status', 'set.yaml', '--device', 'stdio:./one.iso', '--device', 'stdio:./two.iso', '--device', 'stdio:./three.iso');
    expect(text.exitCode, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/== stdio:.*one\.iso: docs-a, copy 1\n/);
    expect(text.stdout).toMatch(/== stdio:.*two\.iso: docs-a, copy 2\n/);
    expect(text.stdout).toMatch(/== stdio:.*three\.iso: blank virtual disc becomes docs-b, copy 1\n/);
    expect(text.stdout).toMatch(/The set \(set\.yaml\):\n {2}docs-a, copy 1: 1 of 1 session, in stdio:.*one\.iso, appendable\n {2}docs-a, copy 2: 1 of 1 session, in stdio:.*two\.iso, appendable\n {2}docs-b, copy 1: blank in stdio:.*three\.iso \(apply makes it this copy\)\n {2}docs-b, copy 2: not in any drive \(not burned yet\)\n$/);
    const json = await run('status', 'set.yaml', '--device', 'stdio:./one.iso', '--device', 'stdio:./two.iso', '--json');
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addSchema(JSON.parse(readFileSync(path.join(REPO_ROOT, 'schemas/status-output.schema.json'), 'utf8')), 'status-output.schema.json');
    const valid = ajv.compile(JSON.parse(readFileSync(path.join(REPO_ROOT, 'schemas/status-set-output.schema.json'), 'utf8')));
    const doc = JSON.parse(json.stdout) as { drives: Array<{ disc: string; copy: number }>; discs: Array<{ disc: string; copy: number; device: string | null }> };
    expect(valid(doc), JSON.stringify(valid.errors)).toBe(true);
    expect(doc.drives.map((d) => [d.disc, d.copy])).toEqual([['docs-a', 1], ['docs-a', 2]]);
    expect(doc.discs.filter((d) => d.device === null).map((d) => [d.disc, d.copy])).toEqual([['docs-b', 1], ['docs-b', 2]]);
  });

  it('verify reads every inserted disc back; a damaged copy is named and the intact one beside it too', async () => {
    const both = await run('verify', 'set.yaml', '--device', 'stdio:./one.iso', '--device', 'stdio:./two.iso');
    expect(both.exitCode, both.stdout + both.stderr).toBe(0);
    expect(both.stdout).toContain('2 of 2 drives verified intact: docs-a, copy 1 intact; docs-a, copy 2 intact.');
    // spoil a byte of the file's data on copy 2 (the file's extent, found by xorriso's own listing)
    const { execa } = await import('execa');
    const listing = await execa('xorriso', ['-indev', 'stdio:' + path.join(dir, 'two.iso'), '-find', '/a/report.txt', '-exec', 'report_lba', '--'], { all: true });
    const lba = Number(/File data lba:\s+\d+\s*,\s*(\d+)/.exec(listing.all)?.[1]);
    expect(lba).toBeGreaterThan(0);
    const file = await open(path.join(dir, 'two.iso'), 'r+');
    await file.write(Buffer.from('Z'), 0, 1, lba * 2048 + 100);
    await file.close();
    const damaged = await run('verify', 'set.yaml', '--device', 'stdio:./one.iso', '--device', 'stdio:./two.iso', '--json');
    expect(damaged.exitCode).toBe(1);
    const doc = JSON.parse(damaged.stdout) as { ok: boolean; drives: Array<{ disc: string; copy: number; report: { ok: boolean } }> };
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addSchema(JSON.parse(readFileSync(path.join(REPO_ROOT, 'schemas/verify-output.schema.json'), 'utf8')), 'verify-output.schema.json');
    const valid = ajv.compile(JSON.parse(readFileSync(path.join(REPO_ROOT, 'schemas/verify-set-output.schema.json'), 'utf8')));
    expect(valid(doc), JSON.stringify(valid.errors)).toBe(true);
    expect(doc.ok).toBe(false);
    expect(doc.drives.map((d) => [d.disc, d.copy, d.report.ok])).toEqual([['docs-a', 1, true], ['docs-a', 2, false]]);
    const refused = await run('verify', 'set.yaml', '--device', 'stdio:./one.iso', '--device', 'stdio:./two.iso', '--session', '1');
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toBe('--session names a session of one disc: give one --device (and --disc for a plan of several discs)\n');
  });
});
