// Runs the actions a `burnplan diff --json` lists, exactly as listed (a stand-in for apply in
// the diff tests, and a check that the previewed commands really work).
import { execa } from 'execa';
import { runBurnplan } from './run-burnplan.js';

interface JsonCommand {
  program: string;
  args: string[];
}

export async function diffJson(args: string[], env?: NodeJS.ProcessEnv) {
  const result = await runBurnplan(['diff', '--json', ...args], env ? { env } : {});
  if (result.stderr !== '') throw new Error(`burnplan diff failed: ${result.stderr}`);
  return { exitCode: result.exitCode, json: JSON.parse(result.stdout) };
}

/** Runs every action of the diff (pipelines piped), optionally only the first `limit` ones. */
export async function runDiffActions(args: string[], options: { env?: NodeJS.ProcessEnv; limit?: number } = {}) {
  const { json } = await diffJson(args, options.env);
  const actions = json.actions.slice(0, options.limit ?? json.actions.length) as Array<{ commands: JsonCommand[] }>;
  for (const action of actions) await runPipeline(action.commands, options.env);
  return json;
}

export async function runPipeline(commands: JsonCommand[], env?: NodeJS.ProcessEnv): Promise<void> {
  const [first, second] = commands;
  if (!first) return;
  const start = execa(first.program, first.args, { env, stdin: 'ignore' });
  await (second ? start.pipe(second.program, second.args, { env }) : start);
}
