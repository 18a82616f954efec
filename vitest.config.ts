import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // builds dist/ once: the end-to-end tests spawn the built command
    globalSetup: ['test/global-setup.ts'],
    // the end-to-end tests wait on child processes (node, xorriso, the emulator): two files at
    // once keep both cores of a CI runner busy, where the default of one per core less one idles one
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
