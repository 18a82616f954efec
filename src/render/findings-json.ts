// `burnplan validate --json`: one document for all plans checked.
import type { PlanCheck } from '../plan/check-plan.js';
import { hasErrors } from '../plan/finding.js';

export const VALIDATE_JSON_FORMAT_VERSION = 1;

export function validateResultJson(checks: readonly PlanCheck[]): string {
  const document = {
    format_version: VALIDATE_JSON_FORMAT_VERSION,
    valid: checks.every((check) => !hasErrors(check.findings)),
    plans: checks.map((check) => ({
      file: check.file,
      valid: !hasErrors(check.findings),
      findings: check.findings.map((f) => ({
        severity: f.severity,
        rule: f.rule,
        line: f.position?.line ?? null,
        column: f.position?.column ?? null,
        message: f.message,
      })),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
