// The catalog on the cdrecord path (the emulated CD-R, mkisofs -M): the SHA-256s of the session's
// checksum file go into the catalog beside the plan, every session carries the catalog of the set
// (read here with isoinfo), and it is neither damage nor an unlisted file to verify.
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { createEmulatedDrive } from '../cdr-emulator/emulated-drive.js';
import { runBurnplan } from '../helpers/run-burnplan.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

const plan = (device: string, sessions: string[]) => `version: 1
disc:
  id: archive
  device: ${device}
  backend: cdrecord
sessions:
${sessions.map((label) => `  - label: ${label}\n    files: [{ source: ./data/${label}, target: /${label} }]\n`).join('')}`;

/** The catalog the session starting at `lba` carries, as isoinfo reads it. */
async function carried(image: string, lba: number) {
  const { stdout } = await execa('isoinfo', ['-i', image, '-R', '-T', `${lba}`, '-x', '/.burnplan/catalog.json']);
  return JSON.parse(stdout) as { discs: Array<{ sessions: Array<{ number: number; copies: Array<{ copy: number; verified: boolean }>; files: Array<{ path: string }> }> }> };
}

describe('the catalog (cdrecord path)', () => {
  it('records the SHA-256s, carries the catalog in each session, and verify reads it all intact', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'data/One/one.txt': 'one\n', 'data/Two/two.txt': 'two\n' });
    const drive = createEmulatedDrive(dir, { variant: 'wodim' });
    const env = { ...drive.env, BURNPLAN_CDRECORD: path.join(drive.binDir, 'wodim') };
    const run = (args: string[]) => runBurnplan(args, { cwd: dir, env });
    await writeFile(path.join(dir, 'plan.yaml'), plan(drive.device, ['One']));
    const first = await run(['apply', 'plan.yaml', '--yes']);
    expect(first.exitCode, first.stderr).toBe(0);
    const catalog = JSON.parse(await readFile(path.join(dir, 'plan.catalog.json'), 'utf8'));
    const session = catalog.discs[0].sessions[0];
    expect(session.copies).toEqual([{ copy: 1, startLba: 0, verified: true }]);
    expect(session.files).toEqual([{ path: '/One/one.txt', size: 4, sha256: '2c8b08da5ce60398e1f19af0e5dccc744df274b826abe585eaba68c525434806', lba: expect.any(Number) }]);
    expect((await carried(drive.imagePath, 0)).discs[0]!.sessions.map((s) => s.files.map((f) => f.path))).toEqual([['/One/one.txt']]);

    await writeFile(path.join(dir, 'plan.yaml'), plan(drive.device, ['One', 'Two']));
    const second = await run(['apply', 'plan.yaml', '--yes']);
    expect(second.exitCode, second.stderr).toBe(0);
    const status = JSON.parse((await run(['status', 'plan.yaml', '--json'])).stdout) as { sessions: Array<{ start_lba: number }> };
    const onDisc = await carried(drive.imagePath, status.sessions[1]!.start_lba);
    expect(onDisc.discs[0]!.sessions.map((s) => [s.number, s.copies])).toEqual([[1, [{ copy: 1, startLba: 0, verified: true }]], [2, [{ copy: 1, verified: false }]]]);
    const verify = await run(['verify', 'plan.yaml']);
    expect(verify.exitCode, verify.stdout).toBe(0);
    expect(verify.stdout).toContain('Sessions: 2 intact.');
    expect(verify.stdout).not.toContain('catalog.json');
    const located = await run(['locate', 'two.txt']);
    expect(located.stdout).toBe('/Two/two.txt  4 B\n  disc archive, session 2 (Two): copy 1 verified\n');

    // lost, then rebuilt from the disc: the same files and checksums; verify marks what it read
    const catalogFile = path.join(dir, 'plan.catalog.json');
    const beforeText = await readFile(catalogFile, 'utf8');
    const before = JSON.parse(beforeText);
    await rm(catalogFile);
    const rebuilt = await run(['catalog', 'rebuild', 'plan.yaml', '--device', drive.device]);
    expect(rebuilt).toMatchObject({ exitCode: 0, stdout: 'plan.catalog.json: 2 sessions read from 1 disc\n  disc archive, copy 1: sessions 1, 2\n' });
    const after = JSON.parse(await readFile(catalogFile, 'utf8'));
    expect(after.discs[0].sessions.map((s: { files: unknown }) => s.files)).toEqual(before.discs[0].sessions.map((s: { files: unknown }) => s.files));
    expect(after.discs[0].sessions.map((s: { copies: Array<{ verified: boolean }> }) => s.copies[0]!.verified)).toEqual([true, false]);
    expect((await run(['verify', 'plan.yaml'])).exitCode).toBe(0);
    // the same facts, the same bytes
    expect(await readFile(catalogFile, 'utf8')).toBe(beforeText);
  }, 120_000);
});
