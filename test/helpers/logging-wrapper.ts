// A program that records every command line it is run with, then runs the real one: proof of
// what burnplan ran (for example, that diff ran no write command).
import { chmod, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function loggingWrapper(dir: string, name: string, target: string) {
  const log = path.join(dir, `${name}.calls.jsonl`);
  const wrapper = path.join(dir, name);
  await writeFile(
    wrapper,
    `#!${process.execPath}
const { appendFileSync } = require('node:fs');
const { spawnSync } = require('node:child_process');
appendFileSync(${JSON.stringify(log)}, JSON.stringify(process.argv.slice(2)) + '\\n');
const run = spawnSync(${JSON.stringify(target)}, process.argv.slice(2), { stdio: 'inherit' });
process.exit(run.status ?? 1);
`,
  );
  await chmod(wrapper, 0o755);
  return {
    path: wrapper,
    calls: async (): Promise<string[][]> =>
      (await readFile(log, 'utf8').catch(() => ''))
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as string[]),
  };
}
