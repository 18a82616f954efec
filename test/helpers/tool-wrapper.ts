// A stand-in for a tool that runs the real one with something done to it: code run before it
// starts (fill a file system), or the tool killed mid-write once a file has grown (a crash).
// The stand-in then ends as the tool did: with its exit status, or killed by the same signal.
import { chmod, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface WrapperOptions {
  /** JavaScript (CommonJS, `require` available) run before the tool; `args` holds its arguments. */
  before?: string;
  /** Kill the tool with SIGKILL once this file has grown by `bytes` (only when the arguments include `whenArg`). */
  killWhenGrown?: { file: string; bytes: number; whenArg: string };
}

export async function toolWrapper(dir: string, name: string, target: string, options: WrapperOptions): Promise<string> {
  const wrapper = path.join(dir, name);
  const kill = options.killWhenGrown;
  await writeFile(
    wrapper,
    `#!${process.execPath}
const fs = require('node:fs');
const { spawn } = require('node:child_process');
const args = process.argv.slice(2);
${options.before ?? ''}
const sizeOf = (f) => { try { return fs.statSync(f).size; } catch { return 0; } };
const child = spawn(${JSON.stringify(target)}, args, { stdio: 'inherit' });
${
  kill
    ? `if (args.includes(${JSON.stringify(kill.whenArg)})) {
  const start = sizeOf(${JSON.stringify(kill.file)});
  const timer = setInterval(() => {
    if (sizeOf(${JSON.stringify(kill.file)}) - start >= ${kill.bytes}) { clearInterval(timer); child.kill('SIGKILL'); }
  }, 1);
  child.on('exit', () => clearInterval(timer));
}`
    : ''
}
child.on('exit', (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  else process.exit(code ?? 1);
});
`,
  );
  await chmod(wrapper, 0o755);
  return wrapper;
}
