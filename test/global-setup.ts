// The end-to-end tests spawn the built burnplan (dist/) and the CD-R emulator: both are built
// once before any test runs, so that `npx vitest run test/e2e` never tests a stale build.
import { execFileSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { EMULATOR_PATH, EMULATOR_SOURCE } from './cdr-emulator/emulated-drive.js';

export default async function buildOnce(): Promise<void> {
  const root = path.resolve(import.meta.dirname, '..');
  execFileSync(process.execPath, [path.join(root, 'scripts/build.js')], { cwd: root, stdio: 'inherit' });
  await build({ entryPoints: [EMULATOR_SOURCE], outfile: EMULATOR_PATH, bundle: true, format: 'esm', platform: 'node', target: 'node20.19', logLevel: 'warning' });
  chmodSync(EMULATOR_PATH, 0o755);
}
