// Nothing outside src/backends/ asks which tool family runs: what differs between them is a
// method or a capability of the Backend (src/backends/backend-interface.ts).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');
/**
 * `backend.name === 'xorriso'`, `name !== "cdrecord"`, `switch (backend.name)`, a chosen
 * `backend === 'xorriso'`. The plan's own `disc.backend` (what the user chose, which the lint
 * rules read to tell which tool will name the files) is not a check of the running family.
 */
const DISPATCH = /\b(?:backend|\w*[Bb]ackend)\.name\b|\bname\s*[!=]==?\s*['"](?:xorriso|cdrecord)['"]|(?<![.\w])backend\s*[!=]==?\s*['"](?:xorriso|cdrecord)['"]/;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

function dispatchesOnFamily(text: string): string[] {
  return text.split('\n').filter((line) => DISPATCH.test(line));
}

describe('the tool family stays behind the Backend interface', () => {
  it('the pattern finds the checks it is meant to find', () => {
    expect(dispatchesOnFamily("if (ctx.backend.name === 'xorriso') {\nconst x = 1;")).toHaveLength(1);
    expect(dispatchesOnFamily("const recordChecksums = backend.name === 'cdrecord';")).toHaveLength(1);
    expect(dispatchesOnFamily("const scanner = backend === 'xorriso' ? xorrisoScanner(env) : await cdrecordScanner(env);")).toHaveLength(1);
    expect(dispatchesOnFamily("return { name: 'xorriso', program };")).toEqual([]);
    expect(dispatchesOnFamily("if (context.plan.disc.backend === 'cdrecord') {")).toEqual([]);
  });

  it('no module outside src/backends/ checks which family runs', () => {
    const outside = sourceFiles(SRC).filter((file) => !file.startsWith(path.join(SRC, 'backends') + path.sep));
    expect(outside.length).toBeGreaterThan(50);
    const found = outside.flatMap((file) => dispatchesOnFamily(readFileSync(file, 'utf8')).map((line) => `${path.relative(SRC, file)}: ${line.trim()}`));
    expect(found).toEqual([]);
  });
});
