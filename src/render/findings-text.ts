// Findings as compiler-style lines: `plan.yaml:12:5: error: …`.
import type { Finding } from '../plan/finding.js';

/** `plan.yaml:12:5: error: …`, or `plan.yaml: error: …` for problems of the whole file. */
export function formatFindingLine(file: string, finding: Finding): string {
  const where = finding.position ? `${file}:${finding.position.line}:${finding.position.column}` : file;
  return `${where}: ${finding.severity}: ${finding.message}`;
}

export function formatSummary(file: string, findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  if (errors === 0 && warnings === 0) return `${file}: valid`;
  const parts = [plural(errors, 'error'), plural(warnings, 'warning')].filter((p) => !p.startsWith('0 '));
  return `${file}: ${errors === 0 ? 'valid, ' : ''}${parts.join(', ')}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
