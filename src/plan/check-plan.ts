// Reads, parses, validates and lints one plan file: every problem is a finding, nothing throws
// for bad input. `loadPlan` is the entry point for commands that go on to use the plan, and
// `loadPlanAndScan` for those that also read its sources (the scan the lint checked).
import { UserError } from '../errors.js';
import type { PlanScan } from '../sources/scan-plan-sources.js';
import { formatFindingLine, hasErrors, sortFindings, type Finding } from './finding.js';
import { runLint, type LintOptions } from './lint/run-lint.js';
import { parsePlanYaml } from './parse-plan-yaml.js';
import type { BurnplanPlan as PlanDocument } from './plan-document.generated.js';
import type { Plan } from './plan-model.js';
import { planValidator } from './plan-schema.js';
import { readPlanText } from './read-plan-text.js';
import { resolvePlan } from './resolve-plan.js';
import { schemaFindings } from './schema-findings.js';
import { createLocator } from './yaml-locate.js';

export interface PlanCheck {
  file: string;
  /** Present when the file passed the schema (lint errors may still be present). */
  plan?: Plan;
  findings: Finding[];
  /** Each source walked once, as the lint checked them: present with the plan, unless the sources
   * were not checked. */
  scan?: PlanScan;
}

export async function checkPlanFile(file: string, options: LintOptions = {}): Promise<PlanCheck> {
  const read = await readPlanText(file);
  if (!read.ok) return { file, findings: [read.finding] };
  return checkPlanText(read.text, file, options);
}

/** The same checks on a plan's text, as if it were the file `file` (for plans not yet written). */
export async function checkPlanText(text: string, file: string, options: LintOptions = {}): Promise<PlanCheck> {
  const parsed = parsePlanYaml(text);
  if (parsed.data === undefined || hasErrors(parsed.findings)) return { file, findings: sortFindings(parsed.findings) };
  const locate = createLocator(parsed.document, parsed.lineCounter);
  const validate = planValidator();
  if (!validate(parsed.data)) {
    const findings = [...parsed.findings, ...schemaFindings(validate.errors ?? [], locate)];
    // every finding of one run: the lint rules that can still read the plan add theirs, except
    // on the lines the schema refused (a rule would only guess at what such a value means)
    const refusedLines = new Set(findings.map((f) => f.position?.line));
    const lint = (await lintDespiteSchema(parsed.data, file, locate, options)).filter((f) => !refusedLines.has(f.position?.line));
    return { file, findings: sortFindings([...findings, ...lint]) };
  }
  const document = parsed.data;
  const plan = resolvePlan(document, file);
  const lint = await runLint({ document, plan, locate }, options);
  return { file, plan, findings: sortFindings([...parsed.findings, ...lint.findings]), scan: lint.scan };
}

/** The plan, or a UserError that lists every error found (warnings are left to `validate`). */
export async function loadPlan(file: string, options: LintOptions = {}): Promise<Plan> {
  const check = await checkPlanFile(file, options);
  if (check.plan && !hasErrors(check.findings)) return check.plan;
  throw new PlanInvalidError(check);
}

/** The plan and the scan of its sources (which the lint checked), or the UserError of `loadPlan`.
 * `scan.manifests[i]` is what `scanSession(plan.sessions[i])` finds, read once for the run. */
export async function loadPlanAndScan(file: string, options: Omit<LintOptions, 'sources'> = {}): Promise<{ plan: Plan; scan: PlanScan }> {
  const check = await checkPlanFile(file, { ...options, sources: true });
  if (check.plan && check.scan && !hasErrors(check.findings)) return { plan: check.plan, scan: check.scan };
  throw new PlanInvalidError(check);
}

export class PlanInvalidError extends UserError {
  readonly check: PlanCheck;

  constructor(check: PlanCheck) {
    const errors = check.findings.filter((f) => f.severity === 'error');
    super(errors.map((f) => formatFindingLine(check.file, f)).join('\n'));
    this.name = 'PlanInvalidError';
    this.check = check;
  }
}

/**
 * Lint of a plan the schema refused (a misspelt key, `speed: 0`): the plan is resolved as far as
 * its shape allows, and each rule that cannot read it is left out rather than guessed at.
 */
async function lintDespiteSchema(data: unknown, file: string, locate: ReturnType<typeof createLocator>, options: LintOptions): Promise<Finding[]> {
  if (!looksLikePlan(data)) return [];
  let plan: Plan;
  try {
    plan = resolvePlan(data as PlanDocument, file);
  } catch {
    return [];
  }
  return (await runLint({ document: data as PlanDocument, plan, locate }, { ...options, tolerant: true })).findings;
}

/** The shape the resolver and the rules walk: a disc mapping and a list of session mappings with labels. */
function looksLikePlan(data: unknown): boolean {
  const plan = data as { disc?: unknown; sessions?: unknown };
  if (typeof plan !== 'object' || plan === null || typeof plan.disc !== 'object' || plan.disc === null || !Array.isArray(plan.sessions)) return false;
  return plan.sessions.every((session) => {
    const s = session as { label?: unknown; files?: unknown; exclude?: unknown };
    const entries = s?.files === undefined ? [] : s.files;
    return (
      typeof s === 'object' &&
      s !== null &&
      typeof s.label === 'string' &&
      Array.isArray(entries) &&
      entries.every((e) => typeof e === 'string' || (typeof e === 'object' && e !== null && typeof (e as { source?: unknown }).source === 'string')) &&
      (s.exclude === undefined || (Array.isArray(s.exclude) && s.exclude.every((x) => typeof x === 'string')))
    );
  });
}
