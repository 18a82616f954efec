// All lint rules: what the schema cannot say about a plan.
import { scanPlanSources, type PlanScan } from '../../sources/scan-plan-sources.js';
import type { Finding } from '../finding.js';
import { discRules } from './disc-rules.js';
import { extensionRules } from './extension-rules.js';
import { labelRules } from './label-rules.js';
import type { LintContext, LintRule } from './lint-context.js';
import { sourceRules } from './source-rules.js';
import { targetRules } from './target-rules.js';

/** The rules that read the plan alone; the source rules come after them, on the scan. */
const PLAN_RULES: readonly LintRule[] = [discRules, labelRules, extensionRules, targetRules];

export interface LintOptions {
  /** Check the sources on this computer (off for commands that only read the disc, such as
   * verify: an archive is verified when its originals may be long gone). */
  sources?: boolean;
}

export interface LintRun {
  findings: Finding[];
  /** The sources as the source rules saw them; absent when they were not checked. */
  scan?: PlanScan;
}

export async function runLint(input: Omit<LintContext, 'scan'>, options: LintOptions & { tolerant?: boolean } = {}): Promise<LintRun> {
  const scan = options.sources === false ? undefined : await scanSources(input, options.tolerant === true);
  const context: LintContext = { ...input, scan };
  const rules = scan === undefined ? PLAN_RULES : [...PLAN_RULES, () => sourceRules({ ...context, scan })];
  // on a plan the schema refused, a rule tripped by a value of the wrong type says nothing
  const run = (rule: LintRule) => (options.tolerant ? Promise.resolve().then(() => rule(context)).catch(() => []) : rule(context));
  const results = await Promise.all(rules.map(run));
  return { findings: results.flat(), scan };
}

/** The walk of every source, once; on a plan the schema refused, one it trips leaves the source rules out. */
function scanSources(input: Omit<LintContext, 'scan'>, tolerant: boolean): Promise<PlanScan | undefined> {
  const scan = scanPlanSources(input.plan.sessions);
  return tolerant ? scan.catch(() => undefined) : scan;
}
