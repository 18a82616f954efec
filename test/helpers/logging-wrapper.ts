// A program that records every command line it is run with, then becomes the real one: proof of
// what burnplan ran (for example, that diff ran no write command). A shell script that execs the
// tool, not a Node script that spawns it: the suite runs it hundreds of times, and a Node start
// costs about 100 ms of CPU where sh costs one; the tool then has the wrapper's process id and
// gets its signals first-hand, as when burnplan runs it directly.
import { chmod, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function loggingWrapper(dir: string, name: string, target: string) {
  const log = path.join(dir, `${name}.calls`);
  const wrapper = path.join(dir, name);
  // one record a call, in one write: the count of arguments, then each, every one ended by NUL
  await writeFile(wrapper, `#!/bin/sh\nprintf '%s\\0' "$#" "$@" >> ${shellWord(log)}\nexec ${shellWord(target)} "$@"\n`);
  await chmod(wrapper, 0o755);
  return {
    path: wrapper,
    calls: async (): Promise<string[][]> => parseCalls(await readFile(log, 'utf8').catch(() => '')),
  };
}

function parseCalls(text: string): string[][] {
  const fields = text.split('\0');
  const calls: string[][] = [];
  for (let at = 0; at < fields.length - 1; ) {
    const count = Number(fields[at]);
    calls.push(fields.slice(at + 1, at + 1 + count));
    at += 1 + count;
  }
  return calls;
}

function shellWord(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}
