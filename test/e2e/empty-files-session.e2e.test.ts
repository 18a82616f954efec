// A session that holds only empty files has no data for xorriso to checksum: apply checks that
// each of them is on the disc, empty, instead of calling the session damaged.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBurnplan } from '../helpers/run-burnplan.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

describe('a session of empty files', () => {
  it('burns, is found on the disc file by file, and a second apply has nothing to do', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 's/a': '', 's/sub/b': '' });
    const plan = path.join(dir, 'plan.yaml');
    await writeFile(plan, 'version: 1\ndisc:\n  id: empty-files\n  device: stdio:./disc.iso\n  backend: xorriso\nsessions:\n  - label: A\n    files: [./s]\n');
    const first = await runBurnplan(['apply', plan, '--yes']);
    expect(first.stdout + first.stderr).not.toContain('DAMAGED');
    expect(first.stdout).toContain('data read back intact');
    expect(first.exitCode).toBe(0);
    const again = await runBurnplan(['apply', plan, '--yes']);
    expect(again.exitCode).toBe(0);
    expect(again.stdout).toContain('No changes');
  });
});
