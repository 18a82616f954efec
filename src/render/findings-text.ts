// The summary line of a plan's findings (each finding's own line: plan/finding.ts).
import type { Finding } from '../plan/finding.js';

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
