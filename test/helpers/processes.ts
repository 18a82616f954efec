// Watching processes from a test: what is still running, and waiting for something to happen.
import { execSync } from 'node:child_process';

/** "PID ARGS" lines of the running processes whose command line mentions `text`. */
export function processesMentioning(text: string): string[] {
  return execSync('ps -eo pid,args', { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(text) && !line.includes('ps -eo'));
}

export async function waitFor(predicate: () => boolean, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}
