// The end-to-end tests spawn the built burnplan (dist/): it is built once before any test runs,
// so that `npx vitest run test/e2e` never tests a stale build.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

export default function buildOnce(): void {
  const root = path.resolve(import.meta.dirname, '..');
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'inherit' });
}
