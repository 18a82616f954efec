// `npm run lint:layers` fails on each kind of layering violation and passes a clean tree. It runs
// on fixture trees that each have their own src/, with the project's dependency-cruiser configs.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const lintLayers = path.join(root, 'scripts/lint-layers.js');
const fixtures = path.join(root, 'test/fixtures/layering');

async function runLintLayers(cwd: string) {
  return execa(process.execPath, [lintLayers], { cwd, reject: false, env: { NO_COLOR: '1' } });
}

/** `rule: from → to` for each violation in the err report (a cycle has no `to`). */
function violations(report: string): string[] {
  const found = [...report.matchAll(/^\s*error (\S+): (\S+) → ?(\S*)$/gm)];
  return found.map(([, rule, from, to]) => `${rule}: ${from} → ${to}`).sort();
}

// each run starts node and TypeScript twice: seconds on a busy runner
describe('lint:layers', { timeout: 90_000 }, () => {
  it('passes a tree that keeps the layering, and reads its imports with their .js extensions', async () => {
    const result = await runLintLayers(path.join(fixtures, 'clean'));
    // both graphs: 11 files and node:fs, execa; a type-only import is left out of the runtime graph
    expect(result.stdout).toContain('no dependency violations found (13 modules, 15 dependencies cruised)');
    expect(result.stdout).toContain('no dependency violations found (13 modules, 11 dependencies cruised)');
    expect(result.stdout).not.toMatch(/^\s*error /m);
    expect(result.exitCode).toBe(0);
  });

  it('reports each rule on the violation made for it, even through another module', async () => {
    const result = await runLintLayers(path.join(fixtures, 'violations'));
    expect(result.exitCode).toBe(1);
    expect(violations(result.stdout)).toEqual([
      'backend-internals-via-backend: src/drives/find-drives.ts → src/backends/xorriso/xorriso-disc.ts',
      'core-does-no-io: src/core/bytes.ts → ../../../../node_modules/execa/index.js',
      'core-does-no-io: src/core/bytes.ts → os',
      'core-imports-only-errors: src/core/bytes.ts → src/plan/plan-name.ts',
      'diff-imports-no-runner-layers: src/diff/diff-model.ts → src/tools/run-program.ts',
      'diff-reaches-no-io: src/diff/pure.ts → fs',
      'imports-resolve: src/sources/missing.ts → ./not-there.js',
      'no-circular: src/sources/place.ts → ',
      'no-cli-below-cli: src/verify/ask.ts → src/cli/options.ts',
      'plan-and-disc-run-no-tools: src/plan/plan-name.ts → ../../../../node_modules/execa/index.js',
      'render-only-from-cli: src/apply/show.ts → src/render/text.ts',
    ]);
  });

  // dependency-cruiser exits with the number of errors, which the shell takes modulo 256
  it('fails on 256 violations', async () => {
    const tree = await mkdtemp(path.join(tmpdir(), 'burnplan-layering-'));
    try {
      await mkdir(path.join(tree, 'src/cli'), { recursive: true });
      await mkdir(path.join(tree, 'src/apply'));
      await writeFile(path.join(tree, 'src/cli/options.ts'), 'export const verbose = false;\n');
      for (let i = 0; i < 256; i++) {
        const step = `import { verbose } from '../cli/options.js';\nexport const step${i} = verbose;\n`;
        await writeFile(path.join(tree, `src/apply/step-${i}.ts`), step);
      }
      const result = await runLintLayers(tree);
      expect(violations(result.stdout)).toHaveLength(256);
      expect(result.exitCode).toBe(1);
    } finally {
      await rm(tree, { recursive: true, force: true });
    }
  });
});
