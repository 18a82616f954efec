// The command line fuzzed with odd plans and odd arguments: whatever it is given, burnplan
// answers in words (exit 0, 1 or 2), never with an internal error or a stack trace, and never
// writes a disc it was not asked to. Runs: BURNPLAN_PROPERTY_RUNS (default 1) × 10.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, runBurnplan } from '../helpers/run-burnplan.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

const RUNS = 10 * Number(process.env['BURNPLAN_PROPERTY_RUNS'] ?? 1);

const odd = fc.oneof(
  fc.constantFrom('', ' ', '-', '--', '.', '..', '/', '~', '*', '[', '"', "'", '\\', ':', '0', '-1', '1e309', 'NaN', 'null', 'true', 'stdio:', 'stdio:/dev/null', '0,0,0', '/dev/sr0', 'ünï', '日本', '\u0007', '%s'),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, odd, fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('label', 'files', 'source', 'target', 'id', 'device', 'x'), tie('node'), { maxKeys: 3 })),
})).node;
/** Plans near the real shape, with any part replaced by something odd. */
const plan = fc.record(
  {
    version: fc.oneof(fc.constant(1), value),
    disc: fc.oneof(fc.record({ id: fc.oneof(fc.constant('fuzz'), value), device: fc.oneof(fc.constant('stdio:./disc.iso'), value), media: fc.oneof(fc.constant('any'), value), backend: fc.oneof(fc.constant('xorriso'), value), speed: value }, { requiredKeys: ['id'] }), value),
    defaults: fc.dictionary(fc.constantFrom('joliet', 'rockRidge', 'isoLevel', 'hiddenFiles', 'followSymlinks', 'recovery'), value, { maxKeys: 3 }),
    sessions: fc.oneof(
      fc.array(fc.record({ label: fc.oneof(fc.constant('S1'), value), files: fc.oneof(fc.constant(['./data']), fc.array(fc.oneof(fc.constant('./data'), value), { maxLength: 3 }), value), exclude: value, imported: value, acceptCutShort: value }, { requiredKeys: ['label'] }), { maxLength: 3 }),
      value,
    ),
    finalize: fc.oneof(fc.constantFrom('open', 'close'), value),
  },
  { requiredKeys: ['version', 'disc', 'sessions'] },
);
const args = fc.array(fc.oneof(fc.constantFrom('--json', '--yes', '--device', '--backend', '--session', '--out', '--show-commands', '--detailed-exitcode', '--expect-no-changes', '--dummy', '--no-verify', '-d', '-x', '--against-sources'), odd.map(String)), { maxLength: 4 });

function expectAnsweredInWords(result: { exitCode?: number; stdout: string; stderr: string }, what: string): void {
  expect([0, 1, 2], what).toContain(result.exitCode);
  expect(result.stderr + result.stdout, what).not.toMatch(/internal error|this is a bug/);
  expect(hasStackTrace(result.stderr), what).toBe(false);
}

describe('the CLI on odd input', () => {
  it('odd plans: validate, diff and a dummy-less apply without --yes answer in words and write nothing', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'data/a.txt': 'a' });
    const file = path.join(dir, 'plan.yaml');
    await fc.assert(
      fc.asyncProperty(plan, async (document) => {
        await writeFile(file, stringify(document));
        for (const command of [['validate'], ['diff'], ['apply'], ['status']]) {
          expectAnsweredInWords(await runBurnplan([...command, file], { cwd: dir }), `${command[0]} ${stringify(document)}`);
        }
        // without --yes and without a terminal, apply never writes
        expect(existsSync(path.join(dir, 'disc.iso'))).toBe(false);
      }),
      { numRuns: RUNS },
    );
  }, 600_000);

  it('odd arguments to every command', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'data/a.txt': 'a', 'plan.yaml': 'version: 1\ndisc:\n  id: fuzz\n  device: stdio:./disc.iso\nsessions:\n  - label: S1\n    files: [./data]\n' });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('validate', 'status', 'diff', 'verify', 'import', 'drives', 'schema', 'apply'), args, async (command, rest) => {
        // apply is given no --yes here: without a terminal it must refuse, never write
        const list = command === 'apply' ? rest.filter((a) => a !== '--yes') : rest;
        const result = await runBurnplan([command, ...(command === 'drives' || command === 'import' ? [] : ['plan.yaml']), ...list], { cwd: dir, timeout: 60_000 });
        expectAnsweredInWords(result, `${command} ${JSON.stringify(list)}`);
        expect(existsSync(path.join(dir, 'disc.iso'))).toBe(false);
      }),
      { numRuns: RUNS },
    );
  }, 600_000);
});
