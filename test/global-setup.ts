// The end-to-end tests spawn the built burnplan (dist/): it is built once before any test runs,
// so that `npx vitest run test/e2e` never tests a stale build.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export default function buildOnce(): void {
  const root = path.resolve(import.meta.dirname, '..');
  execFileSync(process.execPath, [path.join(root, 'scripts/build.js')], { cwd: root, stdio: 'inherit' });
}
