// With --json, an error is a JSON document on stdout too, with the same exit code as without:
// {format_version, ok: false, error: {code, message, …}}. The codes a script can rely on.
import type { Finding } from '../plan/finding.js';

export const ERROR_JSON_FORMAT_VERSION = 1;

export type ErrorCode = 'plan-invalid' | 'device' | 'device-busy' | 'conflicts' | 'apply-failed' | 'cancelled' | 'error' | 'internal';

export interface ErrorDetails {
  code: ErrorCode;
  message: string;
  /** plan-invalid: every finding, as validate --json gives them. */
  findings?: readonly Finding[];
  /** device: what was wrong with it (missing, permission, busy, no-medium, unreadable, …). */
  reason?: string;
}

export function errorObject(details: ErrorDetails) {
  return {
    code: details.code,
    message: details.message,
    ...(details.reason === undefined ? {} : { reason: details.reason }),
    ...(details.findings === undefined
      ? {}
      : { findings: details.findings.map((f) => ({ severity: f.severity, rule: f.rule, line: f.position?.line ?? null, column: f.position?.column ?? null, message: f.message })) }),
  };
}

export function errorJson(details: ErrorDetails): string {
  return `${JSON.stringify({ format_version: ERROR_JSON_FORMAT_VERSION, ok: false, error: errorObject(details) }, null, 2)}\n`;
}
