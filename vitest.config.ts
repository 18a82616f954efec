import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // builds dist/ once: the end-to-end tests spawn the built command
    globalSetup: ['test/global-setup.ts'],
    // the end-to-end tests wait on child processes (node, xorriso, the emulator): two files at
    // once keep both cores of a CI runner busy, where the default of one per core less one idles one
    maxWorkers: 2,
    // the tests start many node processes (burnplan, the emulator, tool stand-ins): on
    // Node 22.1+ they share one compile cache, so each compiles its code once, not every time
    env: { NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE ?? path.join(tmpdir(), 'burnplan-test-compile-cache') },
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
