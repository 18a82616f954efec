// All lint rules: what the schema cannot say about a plan.
import type { Finding } from '../finding.js';
import { discRules } from './disc-rules.js';
import { extensionRules } from './extension-rules.js';
import { labelRules } from './label-rules.js';
import type { LintContext, LintRule } from './lint-context.js';
import { sourceRules } from './source-rules.js';

const RULES: readonly LintRule[] = [discRules, labelRules, extensionRules, sourceRules];

export async function runLint(context: LintContext): Promise<Finding[]> {
  const results = await Promise.all(RULES.map((rule) => rule(context)));
  return results.flat();
}
