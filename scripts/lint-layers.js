#!/usr/bin/env node
// `npm run lint:layers`: checks ./src against the layering, as an import graph with its types
// (.dependency-cruiser.cjs) and as the graph that runs (.dependency-cruiser-runtime.cjs), and
// prints every violation of both. It runs in the folder it is started in, so the tests can point
// it at a fixture tree. Not the depcruise command: that exits with the number of errors, which
// the shell takes modulo 256, so 256 violations would pass.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const configs = ['.dependency-cruiser.cjs', '.dependency-cruiser-runtime.cjs'];

let errors = 0;
for (const config of configs) {
  const options = await extractDepcruiseOptions(path.join(root, config));
  const tsConfig = extractTSConfig(options.tsConfig.fileName);
  const result = await cruise(['src'], { ...options, outputType: 'err' }, {}, { tsConfig });
  process.stdout.write(`${config}:${result.output}\n`);
  errors += result.exitCode;
}
process.exitCode = errors > 0 ? 1 : 0;
