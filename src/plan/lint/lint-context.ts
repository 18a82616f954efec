// What every lint rule gets, and small helpers to say where a finding is.
import type { PlanScan } from '../../sources/scan-plan-sources.js';
import type { Finding, Position, Severity } from '../finding.js';
import type { Plan, SessionOptions } from '../plan-model.js';
import type { PlanDocument } from '../plan-schema.js';
import type { Locator } from '../yaml-locate.js';

export interface LintContext {
  /** The file's data, as the schema accepted it. */
  document: PlanDocument;
  /** The same plan with defaults applied and paths resolved. */
  plan: Plan;
  locate: Locator;
  /** The plan's sources, each walked once; absent when the sources are not checked. */
  scan?: PlanScan;
}

/** What the source rules get: they check the scan, and never walk a source themselves. */
export type SourceLintContext = LintContext & { scan: PlanScan };

export type LintRule = (context: LintContext) => Finding[] | Promise<Finding[]>;

export function finding(severity: Severity, rule: string, message: string, position: Position): Finding {
  return { severity, rule: `lint/${rule}`, message, position };
}

/** Where a session's setting comes from: the session itself, else `defaults`, else the session as a whole. */
export function optionPosition(context: LintContext, index: number, key: keyof SessionOptions): Position {
  const session = context.document.sessions[index];
  if (session && session[key] !== undefined) return context.locate.key(['sessions', index, key]);
  if (context.document.defaults?.[key] !== undefined) return context.locate.key(['defaults', key]);
  return context.locate.value(['sessions', index]);
}

export function sessionName(index: number, label: string): string {
  return `session ${index + 1} (${label})`;
}
