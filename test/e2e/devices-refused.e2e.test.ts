// Devices that are not discs, or that burnplan could not read back, are refused in one line
// before any tool runs: a FIFO would block the burn forever, /dev/null swallow it, and a cdrecord
// address gives no sectors to read the session back (labels, mkisofs -M, the data check).
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, runBurnplan } from '../helpers/run-burnplan.js';
import { loggingWrapper } from '../helpers/logging-wrapper.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

const XORRISO = execFileSync('sh', ['-c', 'command -v xorriso']).toString().trim();

async function project(device: string) {
  const dir = await tempDir();
  await writeTree(dir, { 'data/a.txt': 'a\n' });
  const plan = path.join(dir, 'plan.yaml');
  await writeFile(plan, `version: 1\ndisc:\n  id: devices\nsessions:\n  - label: S1\n    files: [./data]\n`);
  const xorriso = await loggingWrapper(dir, 'xorriso-logged', XORRISO);
  return { dir, plan, device, env: { BURNPLAN_XORRISO: xorriso.path }, xorriso };
}

describe('devices that are not discs', () => {
  it.each([
    ['a FIFO', 'fifo', /is a FIFO \(named pipe\), not a virtual disc/],
    ['/dev/null', '/dev/null', /is a character device, not a virtual disc/],
  ])('stdio: on %s is refused by status, diff and apply before any tool runs', async (_name, target, words) => {
    const p = await project('');
    const file = target === 'fifo' ? path.join(p.dir, 'disc.fifo') : target;
    if (target === 'fifo') execFileSync('mkfifo', [file]);
    for (const command of [['status'], ['diff'], ['apply', '--yes']]) {
      const result = await runBurnplan([...command, p.plan, '--device', `stdio:${file}`], { env: p.env, timeout: 30_000 });
      expect(result.exitCode).toBe(1);
      expect(result.stderr).toMatch(words);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(hasStackTrace(result.stderr)).toBe(false);
    }
    expect(await p.xorriso.calls()).toEqual([]);
  });

  it('a cdrecord address is refused by diff and apply, naming the device node to give instead', async () => {
    const p = await project('');
    for (const command of [['diff'], ['apply', '--yes']]) {
      const result = await runBurnplan([...command, p.plan, '--device', '0,0,0'], { env: { ...p.env, BURNPLAN_CDRECORD: p.xorriso.path } });
      expect(result.exitCode).toBe(1);
      expect(result.stderr).toMatch(/^device "0,0,0" is a cdrecord address: .* give the device node instead, such as \/dev\/sr0/);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(await p.xorriso.calls()).toEqual([]);
  });
});
