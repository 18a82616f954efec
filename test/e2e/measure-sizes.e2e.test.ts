// Sessions measured on their own in one batched xorriso run give the sizes xorriso gives each of
// them in a run of its own (nothing carries over from one session to the next).
import { execFile } from 'node:child_process';
import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { SessionContent } from '../../src/backends/session-content.js';
import { mkisofsPrintSizeCommand, parseMkisofsPrintSize } from '../../src/backends/cdrecord/cdrecord-commands.js';
import { parsePrintSize, xorrisoPrintSizeCommand } from '../../src/backends/xorriso/xorriso-commands.js';
import { runSizeProbe, xorrisoStandaloneMeasurer } from '../../src/backends/measure-sessions.js';
import { DEFAULT_SESSION_OPTIONS, type SessionOptions } from '../../src/plan/plan-model.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

const run = promisify(execFile);

function content(label: string, grafts: Array<[string, string]>, options: Partial<SessionOptions> = {}, excluded: string[] = []): SessionContent {
  return { label, discId: 'disc', applicationId: 'BURNPLAN/1 X', options: { ...DEFAULT_SESSION_OPTIONS, ...options }, grafts: grafts.map(([source, target]) => ({ source, target })), excluded };
}

describe('measuring sessions on their own in one xorriso run', () => {
  it('gives each session the size of its own run: exclusions, Joliet, symlinks and grafts do not carry over', async () => {
    const dir = await tempDir();
    const big = 'x'.repeat(300_000);
    await writeTree(dir, { 'a/big.bin': big, 'a/small.txt': 'small', 'b/one.txt': '1', 'c/deep/er/file.txt': big.slice(0, 70_000) });
    await symlink(path.join(dir, 'c'), path.join(dir, 'b/link-to-c'));
    const a = path.join(dir, 'a');
    const contents = [
      content('Excluding', [[a, '/']], {}, [path.join(a, 'big.bin')]),
      content('AllOfA', [[a, '/']]),
      content('Following', [[path.join(dir, 'b'), '/']], { followSymlinks: true, joliet: false }),
      content('NotFollowing', [[path.join(dir, 'b'), '/']]),
      content('Grafted', [[a, '/photos/a'], [path.join(dir, 'c'), '/c']], { isoLevel: 1, rockRidge: false }),
    ];
    const batched = await xorrisoStandaloneMeasurer('xorriso', process.env)(contents);
    const alone: number[] = [];
    for (const c of contents) {
      const command = xorrisoPrintSizeCommand('xorriso', 'stdio:/dev/null', c);
      const { stdout, stderr } = await run(command.program, [...command.args]);
      alone.push(parsePrintSize(stdout + stderr)!);
    }
    expect(batched.map((s) => s.sectors)).toEqual(alone);
    expect(batched.every((s) => !s.exact)).toBe(true);
    // the cases differ, so carrying over would have shown
    expect(alone[0]).toBeLessThan(alone[1]!);
    expect(alone[2]).toBeGreaterThan(alone[3]!);
  });

  it('names the session whose source cannot be read', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'a/file.txt': 'a' });
    const contents = [content('Fine', [[path.join(dir, 'a'), '/']]), content('Broken', [[path.join(dir, 'gone'), '/']]), content('After', [[path.join(dir, 'a'), '/']])];
    await expect(xorrisoStandaloneMeasurer('xorriso', process.env)(contents)).rejects.toThrow(/cannot measure session "Broken" with xorriso/);
  });

  // genisoimage's words carry no "error": the line that names the string is the one a user needs
  it("gives genisoimage's own last words when none of them looks like an error", async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'a/A\u{1F600}': '1', 'a/Ab': '2' });
    const unsortable = content('Emoji', [[path.join(dir, 'a'), '/']]);
    const probe = { command: mkisofsPrintSizeCommand('genisoimage', unsortable, undefined), sectors: parseMkisofsPrintSize };
    await expect(runSizeProbe(probe, unsortable, process.env)).rejects.toThrow(
      'cannot measure session "Emoji" with genisoimage: Incorrectly encoded string (\u{1F600}) encountered. Possibly creating an invalid Joliet extension. Aborting.',
    );
  });
});
