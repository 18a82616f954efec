// One drive, several users: the lock folder in the temporary folder is shared (world-writable
// and sticky, as /tmp is), so the first user's apply does not lock the others out; a lock folder
// or temporary folder that cannot be used is one line that says what to do, never an internal
// error.
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, runBurnplan } from '../helpers/run-burnplan.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

const root = process.getuid?.() === 0;
const NOBODY = 65534;

/** A folder every user may use, with a plan of its own for a virtual disc. */
async function sharedProject(name: string, base: string) {
  const dir = path.join(base, name);
  await writeTree(dir, { 'data/a.txt': `${name}\n` });
  await writeFile(path.join(dir, 'plan.yaml'), `version: 1\ndisc:\n  id: ${name}\n  device: stdio:./disc.iso\n  backend: xorriso\nsessions:\n  - label: One\n    files: [./data]\n`);
  for (const folder of [dir, path.join(dir, 'data')]) await chmod(folder, 0o777);
  await chmod(path.join(dir, 'data/a.txt'), 0o644);
  return path.join(dir, 'plan.yaml');
}

describe.skipIf(!root)('device locks between users', () => {
  it('the first user to apply makes the shared lock folder: another user applies after', async () => {
    const base = await tempDir();
    await chmod(base, 0o777);
    const tmp = path.join(base, 'tmp');
    await mkdir(tmp, { mode: 0o1777 });
    await chmod(tmp, 0o1777);
    const env = { ...process.env, TMPDIR: tmp, BURNPLAN_LOCK_DIR: undefined };
    const first = await runBurnplan(['apply', await sharedProject('first', base), '--yes'], { env });
    expect(first.exitCode).toBe(0);
    expect(statSync(path.join(tmp, 'burnplan-locks')).mode & 0o7777).toBe(0o1777);
    const other = await runBurnplan(['apply', await sharedProject('other', base), '--yes'], { env, asUser: NOBODY });
    expect(other.stderr).toBe('');
    expect(other.exitCode).toBe(0);
  });

  it('a lock folder another user made without write rights for you: one line, naming the folder and the way out', async () => {
    const base = await tempDir();
    await chmod(base, 0o777);
    const locks = path.join(base, 'locks');
    await mkdir(locks, { mode: 0o755 });
    const result = await runBurnplan(['apply', await sharedProject('blocked', base), '--yes'], { env: { ...process.env, BURNPLAN_LOCK_DIR: locks }, asUser: NOBODY });
    expect(result.exitCode).toBe(1);
    expect(result.stderr.trim()).toBe(`cannot use the lock folder ${locks}: permission denied (set BURNPLAN_LOCK_DIR to a folder the drive's users can all write to)`);
    expect(hasStackTrace(result.stderr)).toBe(false);
  });
});

describe('temporary folders that cannot be used', () => {
  it('a TMPDIR that is a file: one line, no internal error, nothing burned', async () => {
    const dir = await tempDir();
    const plan = await sharedProject('tmpfile', dir);
    const notAFolder = path.join(dir, 'not-a-folder');
    await writeFile(notAFolder, 'x');
    const result = await runBurnplan(['apply', plan, '--yes'], { env: { ...process.env, TMPDIR: notAFolder } });
    expect(result.exitCode).toBe(1);
    expect(result.stderr.trim()).toMatch(/^cannot use the lock folder \S+not-a-folder\/burnplan-locks: a part of the path is not a folder \(set BURNPLAN_LOCK_DIR/);
    expect(result.stderr).not.toMatch(/internal error|this is a bug/);
  });
});
