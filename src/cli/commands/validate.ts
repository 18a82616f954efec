// `burnplan validate PLAN...`
import { EXIT_ERROR, EXIT_OK, ExitError } from '../../errors.js';
import { checkPlanFile } from '../../plan/check-plan.js';
import { hasErrors } from '../../plan/finding.js';
import { validateResultJson } from '../../render/findings-json.js';
import { formatFindingLine } from '../../plan/finding.js';
import { formatSummary } from '../../render/findings-text.js';

export interface ValidateOptions {
  json?: boolean;
}

export async function validateCommand(files: string[], options: ValidateOptions): Promise<void> {
  const checks = [];
  for (const file of files) checks.push(await checkPlanFile(file));
  if (options.json) {
    process.stdout.write(validateResultJson(checks));
  } else {
    for (const check of checks) {
      for (const finding of check.findings) process.stdout.write(`${formatFindingLine(check.file, finding)}\n`);
      process.stdout.write(`${formatSummary(check.file, check.findings)}\n`);
    }
  }
  const failed = checks.some((check) => hasErrors(check.findings));
  if (failed) throw new ExitError(EXIT_ERROR);
  process.exitCode = EXIT_OK;
}
