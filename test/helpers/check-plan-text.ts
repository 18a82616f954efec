import path from 'node:path';
import { checkPlanFile, type PlanCheck } from '../../src/plan/check-plan.js';
import type { Finding } from '../../src/plan/finding.js';
import { tempDir, writeTree } from './temp-dir.js';

/** Writes `yaml` as plan.yaml (plus any source files) into a temp folder and checks it. */
export async function checkPlanText(yaml: string, files: Record<string, string | Buffer> = {}): Promise<PlanCheck & { dir: string }> {
  const dir = await tempDir();
  await writeTree(dir, { 'plan.yaml': yaml, ...files });
  const check = await checkPlanFile(path.join(dir, 'plan.yaml'));
  return { ...check, dir };
}

/** "LINE:COL severity rule" for each finding: compact to assert on. */
export function summarize(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.position ? `${f.position.line}:${f.position.column}` : '-'} ${f.severity} ${f.rule}`);
}

/** A valid plan around the given sessions, with ./data as a source folder. */
export function planWith(sessionsYaml: string, extra = ''): string {
  return `version: 1\ndisc:\n  id: test-disc\n  media: cd-r\n${extra}sessions:\n${sessionsYaml}`;
}
