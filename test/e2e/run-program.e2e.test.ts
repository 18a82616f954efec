// How a program's end is told: its exit code, the signal that killed it, or that it never ran.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { howItEnded } from '../../src/core/command.js';
import { runProgram } from '../../src/tools/run-program.js';

const node = process.execPath;

describe('runProgram', () => {
  it('returns the exit code and output of a program that fails', async () => {
    const result = await runProgram({ program: node, args: ['-e', 'console.error("no disc"); process.exit(5)'] }, { access: 'read' });
    expect(result.exitCode).toBe(5);
    expect(result.signal).toBeUndefined();
    expect(result.stderr).toBe('no disc\n');
    expect(howItEnded(result)).toBe('failed (exit 5)');
  });

  it('returns the signal of a program killed by one, for its caller to name', async () => {
    const result = await runProgram({ program: node, args: ['-e', 'process.kill(process.pid, "SIGKILL")'] }, { access: 'read' });
    expect(result.exitCode).not.toBe(0);
    expect(result.signal).toBe('SIGKILL');
    expect(howItEnded(result)).toBe('was killed by SIGKILL');
  });

  it('throws a one-line error naming a program that cannot be started', async () => {
    await expect(runProgram({ program: '/nonexistent/xorriso', args: [] }, { access: 'read' })).rejects.toThrow(UserError);
    await expect(runProgram({ program: '/nonexistent/xorriso', args: [] }, { access: 'read' })).rejects.toThrow(/^\/nonexistent\/xorriso: .*ENOENT/);
  });

  it('throws the reason of a stop asked for by the caller, and stops the program', async () => {
    const controller = new AbortController();
    const running = runProgram({ program: node, args: ['-e', 'setTimeout(() => {}, 60_000)'] }, { access: 'read', signal: controller.signal });
    setTimeout(() => controller.abort(new UserError('stopped by the user')), 100);
    await expect(running).rejects.toThrow('stopped by the user');
  });
});
