// apply's read-back runs the same check as verify: a session whose Joliet record of a file
// points at another file's data right after the burn is not "read back intact". A stand-in for
// xorriso runs the real one, then, after a -commit, re-points the Joliet record of a.txt at the
// data of b.txt (found as Windows finds them: by their UCS-2 names in the Joliet directory).
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { expect, it } from 'vitest';
import { hasStackTrace, runBurnplan } from '../helpers/run-burnplan.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

const WRAPPER = (xorriso: string, image: string) => `#!${process.execPath}
const fs = require('node:fs');
const { spawnSync } = require('node:child_process');
const args = process.argv.slice(2);
const run = spawnSync(${JSON.stringify(xorriso)}, args, { stdio: 'inherit' });
if (run.status === 0 && args.includes('-commit')) {
  const image = fs.readFileSync(${JSON.stringify(image)});
  // a Joliet record: length, ..., name length at 32, the UCS-2 big-endian name at 33
  const record = (name) => {
    const ucs2 = Buffer.from(name, 'utf16le').swap16();
    for (let at = image.indexOf(ucs2); at !== -1; at = image.indexOf(ucs2, at + 1)) {
      const start = at - 33;
      if (start >= 0 && image[start + 32] >= ucs2.length && image[start + 32] <= ucs2.length + 4) return start;
    }
    throw new Error('no Joliet record for ' + name);
  };
  const a = record('a.txt');
  image.copy(image, a + 2, record('b.txt') + 2, record('b.txt') + 18);
  fs.writeFileSync(${JSON.stringify(image)}, image);
}
process.exit(run.status ?? 1);
`;

it("apply: a Joliet record pointing at another file's data after the burn fails the read-back, naming the tree and the path", async () => {
  const dir = await tempDir();
  await writeTree(dir, { 'data/a.txt': 'the bytes of A\n', 'data/b.txt': 'B, other bytes, longer\n' });
  const bin = path.join(dir, 'bin');
  await mkdir(bin);
  const xorriso = (await execa('sh', ['-c', 'command -v xorriso'])).stdout.trim();
  await writeFile(path.join(bin, 'xorriso'), WRAPPER(xorriso, path.join(dir, 'disc.iso')));
  await chmod(path.join(bin, 'xorriso'), 0o755);
  const plan = path.join(dir, 'plan.yaml');
  await writeFile(plan, 'version: 1\ndisc:\n  id: apply-trees\n  device: stdio:./disc.iso\n  backend: xorriso\nsessions:\n  - label: Trees\n    files: [{ source: ./data, target: /docs }]\n');
  const applied = await runBurnplan(['apply', plan, '--yes'], { env: { ...process.env, NO_COLOR: '1', PATH: `${bin}:${process.env.PATH}` } });
  expect(hasStackTrace(applied.stdout + applied.stderr)).toBe(false);
  expect(applied.exitCode).toBe(1);
  expect(applied.stdout + applied.stderr).toMatch(/session 1 \(Trees\) does not read back as recorded: Joliet tree: \/docs\/a\.txt points at LBA \d+ \(23 bytes\), the data of \/docs\/b\.txt/);
  const { stdout } = await execa('isoinfo', ['-J', '-i', path.join(dir, 'disc.iso'), '-x', '/docs/a.txt']);
  expect(stdout).toBe('B, other bytes, longer');
});
