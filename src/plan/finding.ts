// A problem found in a plan: where it is, how bad it is, and what to do about it.

export type Severity = 'error' | 'warning';

export interface Position {
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
}

export interface Finding {
  severity: Severity;
  /** Stable name of the check, for `--json` consumers and for tests. */
  rule: string;
  message: string;
  /** Absent for problems of the file as a whole (missing, empty, too large). */
  position?: Position;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      (a.position?.line ?? 0) - (b.position?.line ?? 0) ||
      (a.position?.column ?? 0) - (b.position?.column ?? 0),
  );
}

/** `plan.yaml:12:5: error: …`, or `plan.yaml: error: …` for problems of the whole file. */
export function formatFindingLine(file: string, finding: Finding): string {
  const where = finding.position ? `${file}:${finding.position.line}:${finding.position.column}` : file;
  return `${where}: ${finding.severity}: ${finding.message}`;
}
