#!/usr/bin/env node
// Generates, from schemas/plan.schema.json (the single source of truth for plans):
//   src/plan/plan-document.generated.ts   the TypeScript types of a plan file
//   src/plan/plan-validator.generated.ts  the ajv validator, precompiled (saves ~150 ms a run)
// `--check` exits 1 when a committed file is stale (the tests run it).
import { readFile, writeFile } from 'node:fs/promises';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { compile } from 'json-schema-to-typescript';

const schemaUrl = new URL('../schemas/plan.schema.json', import.meta.url);
const BANNER = '// Generated from schemas/plan.schema.json by `npm run gen:schema`. Do not edit by hand.';

/** The validator's options; src/plan/plan-schema.ts documents what the findings rely on. */
export const VALIDATOR_OPTIONS = { allErrors: true, strict: true, verbose: true };

async function generateTypes(schema) {
  return compile(schema, 'PlanDocument', {
    bannerComment: BANNER,
    additionalProperties: false,
    unreachableDefinitions: false,
    style: { singleQuote: true, printWidth: 100 },
  });
}

function generateValidator(schema) {
  const ajv = new Ajv({ ...VALIDATOR_OPTIONS, code: { source: true, esm: true, lines: true } });
  const code = standaloneCode(ajv, ajv.compile(schema));
  // ajv's ESM output still require()s its small runtime helpers (CommonJS modules)
  const prelude = "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);";
  return `${BANNER}\n// @ts-nocheck\n${prelude}\n${code.replace(/^"use strict";/, '')}\n`;
}

const outputs = [
  ['../src/plan/plan-document.generated.ts', generateTypes],
  ['../src/plan/plan-validator.generated.ts', generateValidator],
];

const schema = JSON.parse(await readFile(schemaUrl, 'utf8'));
let stale = false;
for (const [relative, generate] of outputs) {
  const url = new URL(relative, import.meta.url);
  const generated = await generate(schema);
  if (process.argv.includes('--check')) {
    const current = await readFile(url, 'utf8').catch(() => '');
    if (current !== generated) {
      console.error(`${relative.slice(3)} is stale: run \`npm run gen:schema\``);
      stale = true;
    }
  } else {
    await writeFile(url, generated);
  }
}
process.exit(stale ? 1 : 0);
