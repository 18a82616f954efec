// The burnplan command line. Each command's module is imported only when it runs, so that
// `burnplan --help` stays fast and loads neither ajv nor the backends.
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { runCli } from './run-cli.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

function buildProgram(): Command {
  const program = new Command('burnplan')
    .description('Declarative burn plans for multisession optical discs (CD-R, DVD±R, BD-R).')
    .version(version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      `
Examples:
  $ burnplan validate plans/demo.yaml
  $ burnplan schema > plan.schema.json

Environment:
  BURNPLAN_DEBUG=1   show the stack trace of an internal error`,
    );

  program
    .command('validate')
    .description('Check plan files: schema, labels, sources, Joliet/Rock Ridge consistency. Exit 0 when valid.')
    .argument('<plan...>', 'plan files (YAML)')
    .option('--json', 'print the findings as one JSON document')
    .addHelpText(
      'after',
      `
Examples:
  $ burnplan validate plans/demo.yaml
  plans/demo.yaml: valid
  $ burnplan validate --json plans/*.yaml | jq '.plans[].findings'

Each problem is printed as FILE:LINE:COLUMN: error|warning: message.
Exit codes: 0 valid (warnings allowed), 1 at least one error.`,
    )
    .action(async (files: string[], options: { json?: boolean }) => {
      const { validateCommand } = await import('./commands/validate.js');
      await validateCommand(files, options);
    });

  program
    .command('schema')
    .description("Print the plan's JSON Schema (for editors: yaml-language-server, VS Code).")
    .addHelpText(
      'after',
      `
Example:
  $ burnplan schema > plan.schema.json
  then start a plan with:  # yaml-language-server: $schema=./plan.schema.json`,
    )
    .action(async () => {
      const { schemaCommand } = await import('./commands/schema.js');
      schemaCommand();
    });

  return program;
}

await runCli(() => buildProgram().parseAsync(process.argv));
