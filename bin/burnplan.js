#!/usr/bin/env node
// Node 22.1+ keeps the compiled code of the bundle in a cache on disk (NODE_COMPILE_CACHE, else
// the temporary folder), which cuts start-up; NODE_DISABLE_COMPILE_CACHE=1 turns it off. A cache
// that cannot be written only goes unused: it never stops a run.
import module from 'node:module';

try {
  module.enableCompileCache?.();
} catch {
  // no cache: the command runs as before
}
await import('../dist/cli/main.js');
