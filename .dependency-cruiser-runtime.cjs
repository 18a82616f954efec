// The I/O half of `npm run lint:layers`: which layers can reach files, devices or programs when
// they run. It cruises the graph as it runs, without type-only imports (tsPreCompilationDeps:
// false): a type imported from a module that reads a file does not read it, and
// dependency-cruiser's reachable rules cannot skip type-only edges by themselves.
// The import graph with its types, and why, is .dependency-cruiser.cjs.
const { options } = require('./.dependency-cruiser.cjs');

// node built-ins that reach the file system, other processes, the network or the terminal
const IO_BUILTINS = '^(node:)?(fs|fs/promises|child_process|os|net|tls|dgram|dns|dns/promises|http|https|http2|readline|readline/promises|tty|worker_threads|cluster|inspector)$';
const EXECA = '(^|/)node_modules/execa/';

module.exports = {
  forbidden: [
    {
      name: 'core-does-no-io',
      severity: 'error',
      comment: 'src/core/ is pure: whatever imports it stays testable without files, devices or tools',
      from: { path: '^src/core/' },
      to: { reachable: true, path: [IO_BUILTINS, EXECA] },
    },
    {
      name: 'diff-reaches-no-io',
      severity: 'error',
      comment: 'the diff is the pure decision: it takes the gathered state as arguments and must not read it itself, even through another module',
      from: { path: '^src/diff/' },
      to: {
        reachable: true,
        path: [
          IO_BUILTINS,
          EXECA,
          '^src/tools/',
          '^src/backends/',
          '^src/sources/(walk-source|session-manifest)\\.ts$',
          '^src/checksums/local-manifest\\.ts$',
        ],
      },
    },
    {
      name: 'plan-and-disc-run-no-tools',
      severity: 'error',
      comment: 'the plan and the disc model describe; only apply, the backends and the readers run programs',
      from: { path: '^src/(plan|disc)/' },
      to: {
        reachable: true,
        path: ['^(node:)?child_process$', EXECA, '^src/tools/run-program\\.ts$', '^src/backends/'],
      },
    },
  ],
  options: { ...options, tsPreCompilationDeps: false },
};
