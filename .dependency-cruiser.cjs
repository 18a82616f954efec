// The layering of src/ as an import graph, half of `npm run lint:layers` (dependency-cruiser);
// the other half, what each layer can reach when it runs, is .dependency-cruiser-runtime.cjs.
// CommonJS (.cjs) because the package is ESM and dependency-cruiser loads its config with require.
// Paths are anchored at ^src/ relative to the working directory: the real run starts at the
// project root, test/unit/layering.test.ts starts in a fixture tree that has its own src/, so
// neither run sees the other's files.
// Type-only imports count here: a type is a coupling between layers too (the Command type lives
// in src/core/ for that reason), so tsPreCompilationDeps keeps them in the graph.
const path = require('node:path');

module.exports = {
  forbidden: [
    {
      name: 'imports-resolve',
      severity: 'error',
      comment: 'an import that does not resolve is an edge no other rule can see: the check would pass vacuously',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'a cycle makes two layers one: neither can be understood, tested or moved without the other',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'core-imports-only-errors',
      severity: 'error',
      comment: 'src/core/ holds the pure pieces every layer may use (the Command type, byte sums), so it leans on nothing of burnplan but the error types',
      from: { path: '^src/core/' },
      to: { path: '^src/', pathNot: ['^src/core/', '^src/errors\\.ts$'] },
    },
    {
      name: 'diff-imports-no-runner-layers',
      severity: 'error',
      comment: 'the diff speaks in its own and core types: a type from tools or backends ties the pure decision to how it is carried out',
      from: { path: '^src/diff/' },
      to: { path: ['^src/tools/', '^src/backends/'] },
    },
    {
      name: 'no-cli-below-cli',
      severity: 'error',
      comment: 'the CLI is the top layer that wires the others; a layer below it importing it would make the wiring circular',
      from: { path: '^src/', pathNot: '^src/cli/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'render-only-from-cli',
      severity: 'error',
      comment: 'the CLI chooses the renderer (text, json, silent); the layers below, apply included, hand back values instead of writing text',
      from: { path: '^src/', pathNot: '^src/(cli|render)/' },
      to: { path: '^src/render/' },
    },
    {
      name: 'backend-internals-via-backend',
      severity: 'error',
      comment: 'a backend family (xorriso, cdrecord) is reached through src/backends/ only, so a family can change or be added behind one interface',
      from: { path: '^src/', pathNot: '^src/backends/' },
      to: { path: '^src/backends/[^/]+/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    // absolute, so a run from a fixture tree resolves with the project's compiler options too
    tsConfig: { fileName: path.join(__dirname, 'tsconfig.json') },
    enhancedResolveOptions: {
      extensions: ['.ts', '.js', '.json'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
