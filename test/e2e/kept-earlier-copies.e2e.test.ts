// The seed recipe's trap, with the real genisoimage: mkisofs -M keeps the earlier session's copy
// of a file with the same path, size and modification time, even when the new one differs.
// burnplan refuses such a session before burning it, and burns an unchanged twin as usual.
import { createHash } from 'node:crypto';
import { readFile, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sealedMark } from '../../src/checksums/sealed-mark.js';
import { formatMark } from '../../src/disc/burnplan-mark.js';
import { describe, expect, it } from 'vitest';
import { createEmulatedDrive } from '../cdr-emulator/emulated-drive.js';
import { runBurnplan } from '../helpers/run-burnplan.js';
import { diffJson, runPipeline } from '../helpers/run-actions.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

const sha = async (file: string) => createHash('sha256').update(await readFile(file)).digest('hex');
const when = new Date('2026-01-01T10:00:00Z');

async function twoSessions(secondContent: string) {
  const dir = await tempDir();
  const drive = createEmulatedDrive(dir, { variant: 'wodim' });
  await writeTree(dir, { 'one/f.txt': 'first content\n', 'two/f.txt': secondContent, 'two/new.txt': 'new\n' });
  await utimes(path.join(dir, 'one/f.txt'), when, when);
  await utimes(path.join(dir, 'two/f.txt'), when, when);
  const plan = path.join(dir, 'plan.yaml');
  const head = `version: 1\ndisc:\n  id: twins\n  media: cd-r\n  device: ${drive.device}\n  backend: cdrecord\nsessions:\n  - label: One\n    files: [./one]\n`;
  await writeFile(plan, head);
  expect((await runBurnplan(['apply', plan, '--yes'], { env: drive.env })).exitCode).toBe(0);
  await writeFile(plan, `${head}  - label: Two\n    files: [./two]\n`);
  return { dir, drive, plan };
}

describe('a file that mkisofs -M would not write again', () => {
  it('same path, size and time but other content: refused before burning, the disc unchanged; touched, it burns', async () => {
    const p = await twoSessions('other content\n'); // the same length as 'first content\n'
    const before = await sha(p.drive.imagePath);
    const refused = await runBurnplan(['apply', p.plan, '--yes'], { env: p.drive.env });
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toContain('mkisofs would keep the copy of /f.txt that session 1 holds, not the new file: both have the same size and modification time (2026-01-01T10:00:00Z) but other content');
    expect(refused.stdout).toMatch(/The disc now: appendable, 1 session\b/);
    expect(await sha(p.drive.imagePath)).toBe(before);

    await utimes(path.join(p.dir, 'two/f.txt'), new Date(), new Date());
    expect((await runBurnplan(['apply', p.plan, '--yes'], { env: p.drive.env })).exitCode).toBe(0);
    const verify = JSON.parse((await runBurnplan(['verify', p.plan, '--json'], { env: p.drive.env })).stdout);
    expect(verify.sessions.map((s: any) => s.outcome)).toEqual(['ok', 'ok']);
  });

  it('an unchanged twin (same content too) is burned as usual, and verifies', async () => {
    const p = await twoSessions('first content\n');
    const applied = await runBurnplan(['apply', p.plan, '--yes'], { env: p.drive.env });
    expect(applied.exitCode).toBe(0);
    expect(applied.stdout).toContain('data read back intact');
  });
});

describe('verify on a session where mkisofs -M kept an earlier copy', () => {
  it('names the file as holding the earlier session\'s copy', async () => {
    const p = await twoSessions('other content\n');
    // burn session 2 by hand from the previewed commands, with its real checksum file: the way
    // the trap used to slip through (genisoimage keeps session 1's /f.txt)
    const { json } = await diffJson([p.plan], p.drive.env);
    const [action] = json.actions;
    const graft = action.commands[0].args.find((a: string) => a.startsWith('/.burnplan/session-02.sha256='));
    const local = graft.slice(graft.indexOf('=') + 1);
    const hash = async (file: string) => createHash('sha256').update(await readFile(path.join(p.dir, 'two', file))).digest('hex');
    const checksums = `${await hash('f.txt')}  f.txt\n${await hash('new.txt')}  new.txt\n`;
    await writeFile(local, checksums);
    // as apply does: the mark records the checksum file's hash, or verify would not trust it
    const mark = sealedMark(formatMark(json.sessions[1].planned_fingerprint), checksums);
    const commands = action.commands.map((c: { program: string; args: string[] }) => ({ ...c, args: c.args.map((a, i) => (c.args[i - 1] === '-A' ? mark : a)) }));
    await runPipeline(commands, p.drive.env);
    const verify = await runBurnplan(['verify', p.plan, '--json'], { env: p.drive.env });
    expect(verify.exitCode).toBe(1);
    expect(JSON.parse(verify.stdout).sessions[1]).toMatchObject({ outcome: 'damaged', damaged: ['/f.txt'], earlier_copies: ['/f.txt'] });
    const text = await runBurnplan(['verify', p.plan], { env: p.drive.env });
    expect(text.stdout).toContain("damaged (it holds an earlier session's copy: mkisofs -M kept it, same path, size and time): /f.txt");
  });
});
