// The plan's JSON Schema. schemas/plan.schema.json is the single source of truth; from it
// `npm run gen:schema` generates the TypeScript types (plan-document.generated.ts) and the
// precompiled ajv validator (plan-validator.generated.ts, options: allErrors, strict, verbose:
// the findings rely on every error being reported with its data and parent schema).
// A test fails when either generated file is stale.
import { readFileSync } from 'node:fs';
import type { ErrorObject } from 'ajv';
import type { BurnplanPlan, Disc, Session } from './plan-document.generated.js';
import { validate as generatedValidate } from './plan-validator.generated.js';

/** The whole file: one disc (`disc` and `sessions`) or a set of discs (`discs`). */
export type PlanFileDocument = BurnplanPlan;

/** One disc's part of a plan file, in the one-disc form: what the resolver and the lint rules read.
 * For a disc of a set: its keys, its sessions, and the plan's defaults (see plan-discs.ts). */
export type PlanDocument = Omit<BurnplanPlan, 'disc' | 'discs' | 'sessions'> & { disc: Disc; sessions: Session[] };

export interface PlanValidator {
  (data: unknown): data is PlanFileDocument;
  errors?: ErrorObject[] | null;
}

/** src/plan/ and dist/plan/ are both two levels below the package root. */
export const PLAN_SCHEMA_URL = new URL('../../schemas/plan.schema.json', import.meta.url);

let cachedText: string | undefined;

export function planSchemaText(): string {
  cachedText ??= readFileSync(PLAN_SCHEMA_URL, 'utf8');
  return cachedText;
}

export function planSchema(): Record<string, unknown> {
  return JSON.parse(planSchemaText()) as Record<string, unknown>;
}

export function planValidator(): PlanValidator {
  return generatedValidate as PlanValidator;
}
