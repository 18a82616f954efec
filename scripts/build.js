#!/usr/bin/env node
// `npm run build`: bundles the command line into dist/ with esbuild. A bundle starts faster than
// the ~170 modules tsc would emit (every file Node resolves, reads and compiles at start-up
// costs), and code splitting keeps each command's code in its own chunk, loaded only when that
// command runs. Type checking stays with tsc (`npm run typecheck`).
//
// Code read at run time relative to its own module (schemas/, package.json) is written as
// `new URL('../../x', import.meta.url)` from src/<folder>/<file>.ts: the entry and every chunk
// are therefore kept two folders below the package root, and the build fails when such a URL
// in the output names a file that is not there.
//
// Worker threads are entries of their own (a worker runs a file, not a chunk): their code is
// started as `new Worker(new URL('../../dist/<entry>.js', import.meta.url))`, checked the same
// way, and the build also fails when no output names a worker entry, so that a URL written in
// another form cannot slip past the check.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist');

rmSync(outdir, { recursive: true, force: true });
// entries started as worker threads
const workers = {
  'verify/hash-worker': 'src/verify/hash-worker.ts',
};

await build({
  absWorkingDir: root,
  entryPoints: {
    'cli/main': 'src/cli/main.ts',
    // modules the tests run on their own, in a child process (a small heap, another user)
    'disc/iso9660/read-directory-tree': 'src/disc/iso9660/read-directory-tree.ts',
    'drives/device-nodes': 'src/drives/device-nodes.ts',
    'gather/parse-saved-diff': 'src/gather/parse-saved-diff.ts',
    ...workers,
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: 'linked',
  // CommonJS dependencies bundled into ESM call require() for Node's built-ins
  banner: { js: "import { createRequire as __burnplanCreateRequire } from 'node:module';\nconst require = __burnplanCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});

const missing = [];
const named = new Set();
for (const file of listJs(outdir)) {
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(/new URL\(\s*["']([^"']+)["'],\s*import\.meta\.url\s*\)/g)) {
    const target = fileURLToPath(new URL(match[1], pathToFileURL(file)));
    if (!existsSync(target)) missing.push(`${path.relative(root, file)}: ${match[1]} -> ${path.relative(root, target)}`);
    named.add(target);
  }
}
for (const entry of Object.keys(workers)) {
  const target = path.join(outdir, `${entry}.js`);
  if (!named.has(target)) missing.push(`worker ${path.relative(root, target)}: no new URL(..., import.meta.url) in the bundle names it`);
}
if (missing.length > 0) {
  console.error(`build: files read at run time are not where the bundle looks for them:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}

function listJs(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
}
