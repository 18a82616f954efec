// /.burnplan is burnplan's: no source may land there, and verify reads a checksum file there only
// when the session's mark records its hash. Otherwise a copy of another disc's checksum file
// (archiving a disc burnplan made does that) would blind verify or make it lie.
import { createHash } from 'node:crypto';
import { open, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { createEmulatedDrive } from '../cdr-emulator/emulated-drive.js';
import { hasStackTrace, runBurnplan } from '../helpers/run-burnplan.js';
import { burnSeedSession } from '../helpers/seed-recipe.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

const A_BIN = Buffer.alloc(200_000, 'archive bytes ');
const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

async function flipByteAt(image: string, offset: number): Promise<void> {
  const handle = await open(image, 'r+');
  const byte = Buffer.alloc(1);
  await handle.read(byte, 0, 1, offset);
  byte[0] = byte[0]! ^ 0xff;
  await handle.write(byte, 0, 1, offset);
  await handle.close();
}

async function dataLba(image: string, discPath: string): Promise<number> {
  const { stdout } = await execa('xorriso', ['-indev', `stdio:${image}`, '-find', discPath, '-exec', 'report_lba', '--'], { stderr: 'ignore' });
  return Number(/^File data lba:\s+\d+\s*,\s*(\d+)\s*,/m.exec(stdout)![1]);
}

describe.each(['xorriso', 'cdrecord'] as const)('a source holding .burnplan/ (%s backend)', (backend) => {
  it('is refused by validate, diff and apply, naming the file and the disc path; nothing is burned', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'copy/a.bin': A_BIN, 'copy/.burnplan/session-01.sha256': `${sha256(A_BIN)}  a.bin\n` });
    const drive = backend === 'cdrecord' ? createEmulatedDrive(dir, { variant: 'wodim' }) : undefined;
    const device = drive ? drive.device : 'stdio:./disc.iso';
    const env = drive ? drive.env : process.env;
    const plan = path.join(dir, 'plan.yaml');
    await writeFile(plan, `version: 1\ndisc:\n  id: copy-of-a-disc\n  device: ${device}\n  backend: ${backend}\nsessions:\n  - label: Copy\n    files: [./copy]\n`);
    const before = drive ? await readFile(drive.statePath, 'utf8') : undefined;
    const line = `${plan}:8:13: error: ./copy/.burnplan/session-01.sha256 would land on /.burnplan/session-01.sha256, inside /.burnplan`;
    for (const command of [['validate', plan], ['diff', plan], ['apply', plan, '--yes']]) {
      const result = await runBurnplan(command, { env });
      expect(result.exitCode).toBe(1);
      expect(hasStackTrace(result.stdout + result.stderr)).toBe(false);
      expect(result.stdout + result.stderr).toContain(line);
    }
    if (drive) expect(await readFile(drive.statePath, 'utf8')).toBe(before);
    else await expect(stat(path.join(dir, 'disc.iso'))).rejects.toThrow();
  });
});

describe('verify never takes a file it did not write for its checksum file', () => {
  it("xorriso: xorriso's MD5s are preferred to a copied checksum file; a flipped byte is damage, exit 1", async () => {
    const dir = await tempDir();
    // a copy of a checksum file burnplan leaves before a burn: placeholders, no checksums
    await writeTree(dir, { 'src/a.bin': A_BIN, 'src/.burnplan/session-01.sha256': `${'-'.repeat(64)}  a.bin\n` });
    const image = path.join(dir, 'disc.iso');
    // burned by hand, past validate, with burnplan's unsealed mark
    await execa('xorriso', ['-md5', 'on', '-dev', `stdio:${image}`, '-volid', 'Copy', '-volset_id', 'copy-of-a-disc', '-application_id', 'BURNPLAN/1 0123456789ABCDEF0123', '-map', path.join(dir, 'src'), '/', '-commit']);
    await flipByteAt(image, (await dataLba(image, '/a.bin')) * 2048 + 777);
    const plan = path.join(dir, 'plan.yaml');
    await writeFile(plan, 'version: 1\ndisc:\n  id: copy-of-a-disc\n  device: stdio:./disc.iso\n  backend: xorriso\nsessions:\n  - label: Copy\n    files: [./src]\n');
    const result = await runBurnplan(['verify', plan, '--json']);
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.stdout).sessions[0]).toMatchObject({ outcome: 'damaged', checksums: 'xorriso-md5', damaged: ['/a.bin'] });
  });

  it('cdrecord path: a stale checksum file the mark does not vouch for is not read: "not verifiable", not a false "damaged"', async () => {
    const dir = await tempDir();
    const drive = createEmulatedDrive(dir, { variant: 'wodim' });
    const stale = `${sha256('what a.bin held on the other disc')}  a.bin\n`;
    await burnSeedSession(drive, dir, { label: 'Copy', volumeSetId: 'copy-of-a-disc', applicationId: 'BURNPLAN/1 0123456789ABCDEF0123', files: { 'a.bin': A_BIN.toString(), '.burnplan/session-01.sha256': stale } });
    const plan = path.join(dir, 'plan.yaml');
    await writeFile(plan, `version: 1\ndisc:\n  id: copy-of-a-disc\n  device: ${drive.device}\n  backend: cdrecord\nsessions:\n  - label: Copy\n    files: [./src-Copy]\n`);
    const result = await runBurnplan(['verify', plan, '--json'], { env: drive.env });
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout).sessions[0]).toMatchObject({ outcome: 'not-verifiable', damaged: [], note: 'no checksums were recorded when it was burned' });
  });

  it("cdrecord path: apply seals the checksum file in the session's mark, and verify checks the seal", async () => {
    const dir = await tempDir();
    const drive = createEmulatedDrive(dir, { variant: 'wodim' });
    await writeTree(dir, { 'data/a.bin': A_BIN });
    const plan = path.join(dir, 'plan.yaml');
    await writeFile(plan, `version: 1\ndisc:\n  id: sealed\n  media: cd-r\n  device: ${drive.device}\n  backend: cdrecord\nsessions:\n  - label: Sealed\n    files: [./data]\n`);
    const applied = await runBurnplan(['apply', plan, '--yes'], { env: drive.env });
    expect(applied.exitCode).toBe(0);
    const described = await execa('isoinfo', ['-d', '-i', drive.imagePath]);
    const extracted = path.join(dir, 'extracted.sha256');
    await execa('xorriso', ['-osirrox', 'on', '-indev', `stdio:${drive.imagePath}`, '-extract', '/.burnplan/session-01.sha256', extracted]);
    const checksumFile = await readFile(extracted);
    expect(checksumFile.toString()).toBe(`${sha256(A_BIN)}  a.bin\n`);
    expect(described.stdout).toMatch(new RegExp(`Application id: BURNPLAN/1 [0-9A-F]{20} SHA256:${sha256(checksumFile).toUpperCase()}\n`));
    const verified = await runBurnplan(['verify', plan, '--json'], { env: drive.env });
    expect(verified.exitCode).toBe(0);
    expect(JSON.parse(verified.stdout).sessions[0]).toMatchObject({ outcome: 'ok', checksums: 'burnplan-sha256', files_checked: 1 });
  });
});
