// All lint rules: what the schema cannot say about a plan.
import type { Finding } from '../finding.js';
import { discRules } from './disc-rules.js';
import { extensionRules } from './extension-rules.js';
import { labelRules } from './label-rules.js';
import type { LintContext, LintRule } from './lint-context.js';
import { sourceRules } from './source-rules.js';
import { targetRules } from './target-rules.js';

const RULES: readonly LintRule[] = [discRules, labelRules, extensionRules, targetRules, sourceRules];

export interface LintOptions {
  /** Check the sources on this computer (off for commands that only read the disc, such as
   * verify: an archive is verified when its originals may be long gone). */
  sources?: boolean;
}

export async function runLint(context: LintContext, options: LintOptions & { tolerant?: boolean } = {}): Promise<Finding[]> {
  const rules = options.sources === false ? RULES.filter((rule) => rule !== sourceRules) : RULES;
  // on a plan the schema refused, a rule tripped by a value of the wrong type says nothing
  const run = (rule: LintRule) => (options.tolerant ? Promise.resolve().then(() => rule(context)).catch(() => []) : rule(context));
  const results = await Promise.all(rules.map(run));
  return results.flat();
}
