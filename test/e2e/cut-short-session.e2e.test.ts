// A session cut short when it was burned (a writer told a too small tsize stops there, as
// burnplan's own earlier versions did): diff says what is lost, and a disc burnplan can neither
// append to nor close never exists. Padding only lost: appending works as it is. Files lost: the
// plan accepts it (acceptCutShort) and the disc goes on.
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { createEmulatedDrive } from '../cdr-emulator/emulated-drive.js';
import { runBurnplan } from '../helpers/run-burnplan.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

/** Burns one seed-recipe session through a pipe with tsize `cut` sectors short of the image. */
async function burnCutShort(drive: ReturnType<typeof createEmulatedDrive>, source: string, label: string, cut: number) {
  const program = path.join(drive.binDir, drive.program);
  const base = ['-quiet', '-input-charset', 'utf-8', '-r', '-J', '-V', label, '-volset', 'cut-cdr'];
  const sectors = Number((await execa('genisoimage', ['-print-size', ...base, source])).stdout.trim());
  const image = execa('genisoimage', [...base, source], { encoding: 'buffer', buffer: false });
  const writer = execa(program, ['-v', `dev=${drive.imagePath}`, '-multi', `tsize=${sectors - cut}s`, '-'], { env: drive.env, stdin: 'pipe', reject: false });
  image.stdout!.pipe(writer.stdin!);
  await Promise.all([image.catch(() => undefined), writer]);
  return sectors;
}

async function project(cut: number) {
  const dir = await tempDir();
  const drive = createEmulatedDrive(dir, { variant: 'wodim' });
  await writeTree(dir, { 'first/a.txt': 'first\n', 'later/c.txt': 'later\n', 'first/big.bin': Buffer.alloc(2 * 1024 * 1024, 0x33) });
  await burnCutShort(drive, path.join(dir, 'first'), 'First', cut);
  const plan = path.join(dir, 'plan.yaml');
  const write = (accept: boolean, finalize = 'open') =>
    writeFile(
      plan,
      `version: 1\ndisc:\n  id: cut-cdr\n  media: cd-r\n  device: ${drive.device}\n  backend: cdrecord\nsessions:\n  - label: First\n    files: [./first]\n${accept ? '    acceptCutShort: true\n' : ''}  - label: Later\n    files: [{ source: ./later, target: /later }]\nfinalize: ${finalize}\n`,
    );
  return { dir, drive, plan, write };
}

describe('a disc whose last session was cut short (emulated CD-R)', () => {
  it('only padding lost: diff says so, and a new session is appended and the disc closed', async () => {
    const p = await project(100); // genisoimage pads 150 sectors: 100 fewer lose padding only
    await p.write(false, 'close');
    const diff = await runBurnplan(['diff', p.plan], { env: p.drive.env });
    expect(diff.stdout).toMatch(/session 1 \(First\) was cut short when it was burned: \d+ sectors of padding at its end are missing, but every file lies within what was written/);
    expect(diff.exitCode).toBe(0);
    const apply = await runBurnplan(['apply', p.plan, '--yes'], { env: p.drive.env });
    expect(apply.stdout).toContain('data read back intact');
    expect(apply.exitCode).toBe(0);
    const status = JSON.parse((await runBurnplan(['status', p.plan, '--json'], { env: p.drive.env })).stdout);
    expect(status.status).toBe('closed');
    const read = await execa('isoinfo', ['-R', '-i', p.drive.imagePath, '-T', String(status.sessions[1].start_lba), '-x', '/later/c.txt'], { stripFinalNewline: false });
    expect(read.stdout).toBe('later\n');
  }, 60_000);

  it('files lost: diff names them and writes nothing; accepted in the plan, the disc takes a new session', async () => {
    const p = await project(600);
    await p.write(false);
    const diff = await runBurnplan(['diff', p.plan], { env: p.drive.env });
    expect(diff.stdout).toMatch(/session 1 on the disc is cut short: .*1 file lies past the end and cannot be read back whole: \/big\.bin\. To go on with this disc, add "acceptCutShort: true" to session 1/);
    expect(diff.exitCode).toBe(1);
    const refused = await runBurnplan(['apply', p.plan, '--yes'], { env: p.drive.env });
    expect(refused.exitCode).toBe(1);
    await p.write(true);
    const accepted = await runBurnplan(['diff', p.plan], { env: p.drive.env });
    expect(accepted.stdout).toMatch(/session 1 \(First\) was cut short when it was burned \(accepted in the plan\): 1 file lies past the end/);
    const apply = await runBurnplan(['apply', p.plan, '--yes'], { env: p.drive.env });
    expect(apply.stdout).toContain('data read back intact');
    expect(apply.exitCode).toBe(0);
    expect((await runBurnplan(['diff', p.plan, '--detailed-exitcode'], { env: p.drive.env })).exitCode).toBe(0);
  }, 60_000);
});
