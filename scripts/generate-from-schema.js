#!/usr/bin/env node
// Generates, from schemas/plan.schema.json (the single source of truth for plans):
//   src/plan/plan-document.generated.ts   the TypeScript types of a plan file
//   src/plan/plan-validator.generated.ts  the ajv validator, precompiled (saves ~150 ms a run)
// and the precompiled validators of the other files burnplan reads back (compiling one at run
// time loads ajv and its code generator, about 100 ms):
//   src/catalog/catalog-validator.generated.ts     from schemas/catalog.schema.json
//   src/gather/saved-diff-validator.generated.ts   from schemas/saved-diff.schema.json
// `--check` exits 1 when a committed file is stale (the tests run it).
import { readFile, writeFile } from 'node:fs/promises';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { compile } from 'json-schema-to-typescript';

const banner = (schemaFile) => `// Generated from schemas/${schemaFile} by \`npm run gen:schema\`. Do not edit by hand.`;
const BANNER = banner('plan.schema.json');

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

function validatorGenerator(schemaFile, options) {
  return (schema) => {
    const ajv = new Ajv({ ...options, code: { source: true, esm: true, lines: true } });
    const code = standaloneCode(ajv, ajv.compile(schema));
    // ajv's ESM output still require()s its small runtime helpers (CommonJS modules)
    const prelude = "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);";
    return `${banner(schemaFile)}\n// @ts-nocheck\n${prelude}\n${code.replace(/^"use strict";/, '')}\n`;
  };
}

/** [schema, output, generator]; the readers' validators keep ajv's defaults (the first error is reported). */
const outputs = [
  ['plan.schema.json', '../src/plan/plan-document.generated.ts', generateTypes],
  ['plan.schema.json', '../src/plan/plan-validator.generated.ts', validatorGenerator('plan.schema.json', VALIDATOR_OPTIONS)],
  ['catalog.schema.json', '../src/catalog/catalog-validator.generated.ts', validatorGenerator('catalog.schema.json', { strict: true })],
  ['saved-diff.schema.json', '../src/gather/saved-diff-validator.generated.ts', validatorGenerator('saved-diff.schema.json', { strict: true })],
];

let stale = false;
for (const [schemaFile, relative, generate] of outputs) {
  const url = new URL(relative, import.meta.url);
  const schema = JSON.parse(await readFile(new URL(`../schemas/${schemaFile}`, import.meta.url), 'utf8'));
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
