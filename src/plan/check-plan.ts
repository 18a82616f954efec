// Reads, parses, validates and lints one plan file: every problem is a finding, nothing throws
// for bad input. A set of discs is checked disc by disc, then as a set. `loadPlan` is the entry
// point for commands that go on to use one disc of the plan, and `loadPlanAndScan` for those that
// also read its sources (the scan the lint checked).
import { UserError } from '../errors.js';
import type { PlanScan } from '../sources/scan-plan-sources.js';
import { formatFindingLine, hasErrors, sortFindings, type Finding } from './finding.js';
import { runLint, type LintOptions } from './lint/run-lint.js';
import { parsePlanYaml } from './parse-plan-yaml.js';
import { chooseCopy, chooseDisc } from './choose-disc.js';
import { setRules } from './lint/set-rules.js';
import { discParts, locatorOf, type DiscPart } from './plan-discs.js';
import type { Plan, PlanSet } from './plan-model.js';
import { planValidator, type PlanFileDocument } from './plan-schema.js';
import { readPlanText } from './read-plan-text.js';
import { resolveDisc, resolvePlan } from './resolve-plan.js';
import { schemaFindings } from './schema-findings.js';
import { createLocator } from './yaml-locate.js';

export interface PlanCheck {
  file: string;
  /** Every disc of the plan: present when the file passed the schema (lint errors may still be present). */
  set?: PlanSet;
  findings: Finding[];
  /** Per disc of `set`, each source walked once, as the lint checked them: present with the set,
   * unless the sources were not checked. */
  scans?: PlanScan[];
  /** The plan's disc and its scan, when the plan holds one disc (today's form, or a set of one). */
  plan?: Plan;
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
  const set = resolvePlan(parsed.data, file);
  const findings = [...parsed.findings];
  const scans: PlanScan[] = [];
  for (const [i, part] of discParts(parsed.data).entries()) {
    const lint = await runLint({ document: part.document, plan: set.discs[i]!, locate: locatorOf(part, locate) }, options);
    findings.push(...lint.findings);
    if (lint.scan) scans.push(lint.scan);
  }
  findings.push(...setRules(set, locate));
  const checked = scans.length === set.discs.length ? scans : undefined;
  const only = set.discs.length === 1 ? { plan: set.discs[0], scan: checked?.[0] } : {};
  return { file, set, findings: sortFindings(findings), scans: checked, ...only };
}

export interface DiscChoice {
  /** `--disc ID`: the disc of the plan to work on; needed when the plan holds several. */
  disc?: string;
  /** `--copy N`: which copy of that disc (1-based); checked against the plan's copies. */
  copy?: number;
}

/** The chosen disc's plan, or a UserError that lists every error found (warnings are left to
 * `validate`), or one that says which disc to choose. */
export async function loadPlan(file: string, options: LintOptions & DiscChoice = {}): Promise<Plan> {
  const { disc, copy, ...lint } = options;
  const check = await checkPlanFile(file, lint);
  if (!check.set || hasErrors(check.findings)) throw new PlanInvalidError(check);
  return chooseCopy(chooseDisc(check.set, disc), copy);
}

/** The chosen disc's plan and the scan of its sources (which the lint checked), or the UserError
 * of `loadPlan`. `scan.manifests[i]` is what `scanSession(plan.sessions[i])` finds, read once for the run. */
export async function loadPlanAndScan(file: string, options: Omit<LintOptions, 'sources'> & DiscChoice = {}): Promise<{ plan: Plan; scan: PlanScan; set: PlanSet }> {
  const { disc, copy, ...lint } = options;
  const check = await checkPlanFile(file, { ...lint, sources: true });
  if (!check.set || !check.scans || hasErrors(check.findings)) throw new PlanInvalidError(check);
  const chosen = chooseDisc(check.set, disc);
  return { plan: chooseCopy(chosen, copy), scan: check.scans[check.set.discs.indexOf(chosen)]!, set: check.set };
}

/** Every disc of the plan, its sources not read (status and verify of a set). */
export async function loadSet(file: string): Promise<PlanSet> {
  const check = await checkPlanFile(file, { sources: false });
  if (!check.set || hasErrors(check.findings)) throw new PlanInvalidError(check);
  return check.set;
}

/** Every disc of the plan, each with the scan of its sources (a command on several drives). */
export async function loadSetAndScan(file: string, options: Omit<LintOptions, 'sources'> = {}): Promise<{ set: PlanSet; scans: PlanScan[] }> {
  const check = await checkPlanFile(file, { ...options, sources: true });
  if (!check.set || !check.scans || hasErrors(check.findings)) throw new PlanInvalidError(check);
  return { set: check.set, scans: check.scans };
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
  let parts: DiscPart[];
  try {
    parts = discParts(data as PlanFileDocument);
  } catch {
    return [];
  }
  const findings: Finding[] = [];
  const discs: Plan[] = [];
  for (const part of parts) {
    if (!looksLikePlan(part.document)) continue;
    let plan: Plan;
    try {
      plan = resolveDisc(part.document, file);
    } catch {
      continue;
    }
    discs.push(plan);
    findings.push(...(await runLint({ document: part.document, plan, locate: locatorOf(part, locate) }, { ...options, tolerant: true })).findings);
  }
  // the set rules name discs by their place in the set: only when every disc could be read
  if (discs.length === parts.length && parts.length > 1) findings.push(...setRules({ file, baseDir: discs[0]!.baseDir, discs }, locate));
  return findings;
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
