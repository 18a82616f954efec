// burnplan verify on discs apply burned: xorriso virtual discs (xorriso's MD5s) and emulated
// CD-Rs (burnplan's SHA-256 file), damaged with the real tools' help: where a file's data lies
// is asked of xorriso, not of burnplan's own reader.
import { appendFile, mkdir, open, rm, stat, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { createEmulatedDrive } from '../cdr-emulator/emulated-drive.js';
import { hasStackTrace, runBurnplan } from '../helpers/run-burnplan.js';
import { burnSeedSession } from '../helpers/seed-recipe.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';
import { withUnreadableSectors } from '../unreadable-sectors/unreadable-sectors.js';

const BIG = Buffer.alloc(300_000, 'photo bytes ');

async function project(device: 'virtual' | 'cd-r') {
  const dir = await tempDir();
  await writeTree(dir, {
    'data/photos/2024 summer/beach.jpg': BIG,
    "data/photos/it's $(here).txt": 'odd name\n',
    'data/docs/letter.txt': 'dear archive\n',
  });
  const drive = device === 'cd-r' ? createEmulatedDrive(dir, { variant: 'wodim' }) : undefined;
  const target = drive ? `  device: ${drive.device}\n  media: cd-r\n  backend: cdrecord\n` : '  device: stdio:./disc.iso\n  backend: xorriso\n';
  const plan = path.join(dir, 'plan.yaml');
  await writeFile(plan, `version: 1\ndisc:\n  id: verify-test\n${target}sessions:\n  - label: Photos\n    files: [{ source: ./data/photos, target: /photos }]\n  - label: Docs\n    files: [{ source: ./data/docs, target: /docs }]\n`);
  const env = drive ? drive.env : process.env;
  const image = drive ? drive.imagePath : path.join(dir, 'disc.iso');
  const applied = await runBurnplan(['apply', plan, '--yes'], { env });
  expect(applied.exitCode).toBe(0);
  return { dir, plan, env, image, drive };
}

/** The first block of a file's data in the given session, as xorriso reports it. */
async function dataLba(image: string, sessionStart: number, discPath: string): Promise<number> {
  const { stdout } = await execa('xorriso', ['-load', 'sbsector', String(sessionStart), '-indev', `stdio:${image}`, '-find', discPath, '-exec', 'report_lba', '--'], { stderr: 'ignore' });
  const match = /^File data lba:\s+\d+\s*,\s*(\d+)\s*,/m.exec(stdout);
  if (!match) throw new Error(`no data LBA for ${discPath}: ${stdout}`);
  return Number(match[1]);
}

async function flipByte(image: string, offset: number): Promise<void> {
  const handle = await open(image, 'r+');
  const byte = Buffer.alloc(1);
  await handle.read(byte, 0, 1, offset);
  byte[0] = byte[0]! ^ 0xff;
  await handle.write(byte, 0, 1, offset);
  await handle.close();
}

async function verifyJson(p: { plan: string; env: NodeJS.ProcessEnv }, ...args: string[]) {
  const result = await runBurnplan(['verify', p.plan, '--json', ...args], { env: p.env });
  expect(hasStackTrace(result.stderr)).toBe(false);
  return { exitCode: result.exitCode, json: JSON.parse(result.stdout), stderr: result.stderr };
}

describe.each([
  ['a xorriso virtual disc', 'virtual', 'xorriso-md5'],
  ['an emulated CD-R burned through wodim', 'cd-r', 'burnplan-sha256'],
] as const)('burnplan verify on %s', (_name, device, checksums) => {
  it('reads every file back intact: per session, files checked and bytes', async () => {
    const p = await project(device);
    const { exitCode, json } = await verifyJson(p);
    expect(exitCode).toBe(0);
    expect(json.ok).toBe(true);
    expect(json.sessions.map((s: any) => [s.session, s.label, s.outcome, s.checksums, s.files_checked])).toEqual([
      [1, 'Photos', 'ok', checksums, 2],
      [2, 'Docs', 'ok', checksums, 1],
    ]);
    expect(json.sessions[0].bytes_read).toBe(BIG.length + 'odd name\n'.length);
    const text = await runBurnplan(['verify', p.plan], { env: p.env });
    expect(text.stdout).toMatch(/✓ 1 {2}Photos {2}2 files, 293 KiB read back, intact/);
    expect(text.stdout).toContain('Sessions: 2 intact.');
  });

  it('a byte flipped inside a file on the disc: that file is reported by its path, exit 1', async () => {
    const p = await project(device);
    const status = JSON.parse((await runBurnplan(['status', p.plan, '--json'], { env: p.env })).stdout);
    const start = status.sessions[0].start_lba;
    await flipByte(p.image, (await dataLba(p.image, start, '/photos/2024 summer/beach.jpg')) * 2048 + 12_345);
    const { exitCode, json } = await verifyJson(p);
    expect(exitCode).toBe(1);
    expect(json.ok).toBe(false);
    expect(json.sessions[0]).toMatchObject({ outcome: 'damaged', damaged: ['/photos/2024 summer/beach.jpg'], files_checked: 2 });
    expect(json.sessions[1].outcome).toBe('ok');
    const text = await runBurnplan(['verify', p.plan, '--session', '1'], { env: p.env });
    expect(text.exitCode).toBe(1);
    expect(text.stdout).toContain('damaged: /photos/2024 summer/beach.jpg');
  });

  it('a sector of one small file that fails to read (EIO): that file is named at its LBA, its neighbour read intact', async () => {
    const p = await project(device);
    const status = JSON.parse((await runBurnplan(['status', p.plan, '--json'], { env: p.env })).stdout);
    const odd = await dataLba(p.image, status.sessions[0].start_lba, "/photos/it's $(here).txt");
    const { exitCode, json } = await verifyJson({ ...p, env: withUnreadableSectors(p.env, p.image, [odd]) }, '--session', '1');
    expect(exitCode).toBe(1);
    expect(json.sessions[0].read_errors).toEqual([{ path: "/photos/it's $(here).txt", lba: odd, message: 'the device reported a read error' }]);
    expect(json.sessions[0].damaged).toEqual([]);
    // the neighbour (beach.jpg) is checked; the unreadable file is counted among the read errors
    expect(json.sessions[0].files_checked).toBe(1);
  });

  it('a truncated disc file: what cannot be read is reported with its LBA, not crashed on', async () => {
    const p = await project(device);
    const status = JSON.parse((await runBurnplan(['status', p.plan, '--json'], { env: p.env })).stdout);
    const beach = await dataLba(p.image, status.sessions[0].start_lba, '/photos/2024 summer/beach.jpg');
    await truncate(p.image, (beach + 10) * 2048);
    const result = await runBurnplan(['verify', p.plan], { env: p.env });
    expect(result.exitCode).toBe(1);
    expect(hasStackTrace(result.stdout + result.stderr)).toBe(false);
    if (result.stderr !== '') {
      // the drive's reader refused the whole disc: one line naming the device
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(p.image);
    } else {
      expect(result.stdout).toMatch(/✗ 1 {2}Photos/);
      expect(result.stdout).toContain(`/photos/2024 summer/beach.jpg at LBA ${beach + 10}`);
      // session 2's header is cut off with the file: it is listed as unreadable, or (the chain of
      // headers broken, which status names as damage) not at all; never as intact
      expect(result.stdout).not.toMatch(/✓ 2 /);
    }
  });

  it('a session of more than 32 MiB (hashed on every core): intact, then one flipped byte names its file', async () => {
    const dir = await tempDir();
    const files: Record<string, Buffer> = {};
    for (let i = 0; i < 12; i++) files[`data/big/part-${i}.bin`] = Buffer.alloc(3 * 1024 * 1024 + i * 777, `part ${i} `);
    files['data/big/empty.txt'] = Buffer.alloc(0);
    await writeTree(dir, files);
    const drive = device === 'cd-r' ? createEmulatedDrive(dir, { variant: 'wodim' }) : undefined;
    const target = drive ? `  device: ${drive.device}\n  media: cd-r\n  backend: cdrecord\n` : '  device: stdio:./disc.iso\n  backend: xorriso\n';
    const plan = path.join(dir, 'plan.yaml');
    await writeFile(plan, `version: 1\ndisc:\n  id: big-verify\n${target}sessions:\n  - label: Big\n    files: [{ source: ./data/big, target: /big }]\n`);
    const p = { plan, env: drive ? drive.env : process.env, image: drive ? drive.imagePath : path.join(dir, 'disc.iso') };
    expect((await runBurnplan(['apply', plan, '--yes'], { env: p.env })).exitCode).toBe(0);
    const intact = await verifyJson(p);
    // xorriso records no MD5 of an empty file: its MD5s check the 12 others
    const checked = device === 'cd-r' ? 13 : 12;
    expect(intact.json.sessions[0]).toMatchObject({ outcome: 'ok', files_checked: checked });

    const status = JSON.parse((await runBurnplan(['status', plan, '--json'], { env: p.env })).stdout);
    await flipByte(p.image, (await dataLba(p.image, status.sessions[0].start_lba, '/big/part-7.bin')) * 2048 + 3 * 1024 * 1024 + 5);
    const damaged = await verifyJson(p);
    expect(damaged.exitCode).toBe(1);
    expect(damaged.json.sessions[0]).toMatchObject({ outcome: 'damaged', damaged: ['/big/part-7.bin'], files_checked: checked });
  });

  it('--against-sources: a source changed on this computer since the burn', async () => {
    const p = await project(device);
    await appendFile(path.join(p.dir, 'data/docs/letter.txt'), 'a later edit\n');
    const { exitCode, json } = await verifyJson(p, '--against-sources');
    expect(exitCode).toBe(1);
    expect(json.sessions[1]).toMatchObject({ outcome: 'ok', sources: { changed: ['/docs/letter.txt'], not_on_disc: [], gone_from_computer: [] } });
    expect(json.sessions[0].sources).toEqual({ changed: [], not_on_disc: [], gone_from_computer: [] });
  });
});

describe('burnplan verify: what cannot be verified', () => {
  it('a session burned by hand (no checksums) is "not verifiable", never intact; exit 0 without damage', async () => {
    const dir = await tempDir();
    const drive = createEmulatedDrive(dir, { variant: 'wodim' });
    await burnSeedSession(drive, dir, { label: 'ByHand', files: { 'a.txt': 'a' } });
    const plan = path.join(dir, 'plan.yaml');
    await writeFile(plan, `version: 1\ndisc:\n  id: adopted\n  device: ${drive.device}\n  backend: cdrecord\nsessions:\n  - label: ByHand\n    files: [./src-ByHand]\n`);
    const { exitCode, json } = await verifyJson({ plan, env: drive.env });
    expect(exitCode).toBe(0);
    expect(json.sessions[0]).toMatchObject({ outcome: 'not-verifiable', files_checked: 0, note: 'no checksums were recorded when it was burned' });
    const text = await runBurnplan(['verify', plan], { env: drive.env });
    expect(text.stdout).toContain('? 1  ByHand  not verifiable');
    expect(text.stdout).toContain('Sessions: 0 intact, 1 not verifiable.');
  });

  it('a cdrecord address, a blank disc and a wrong --session: one clear line each, exit 1', async () => {
    const dir = await tempDir();
    const plan = path.join(dir, 'plan.yaml');
    await writeFile(plan, 'version: 1\ndisc:\n  id: x\n  device: stdio:./blank.iso\n  backend: xorriso\nsessions:\n  - label: A\n    files: [./plan.yaml]\n');
    const address = await runBurnplan(['verify', plan, '--device', '1,0,0']);
    expect(address.exitCode).toBe(1);
    expect(address.stderr).toMatch(/^1,0,0: verify reads the disc's sectors itself/);
    await writeFile(path.join(dir, 'blank.iso'), '');
    const blank = await runBurnplan(['verify', plan]);
    expect(blank.exitCode).toBe(1);
    expect(blank.stderr).toContain('the disc is blank: nothing to verify');
    expect((await stat(path.join(dir, 'blank.iso'))).size).toBe(0);
    for (const session of ['0', '-1', '1.5', 'two', '']) {
      const wrong = await runBurnplan(['verify', plan, '--session', session]);
      expect(wrong.exitCode).toBe(1);
      expect(wrong.stderr.split('\n')[0]).toBe(`error: option '-s, --session <number>' argument '${session}' is invalid. A session number is a whole number from 1 (the first session).`);
    }
  });
});

describe('burnplan verify: what the review found', () => {
  it('a session with no files (an empty folder) burns and verifies on the cdrecord path', async () => {
    const dir = await tempDir();
    const drive = createEmulatedDrive(dir, { variant: 'wodim' });
    await writeTree(dir, { 'a/one.txt': 'one\n' });
    await mkdir(path.join(dir, 'empty/sub'), { recursive: true });
    const plan = path.join(dir, 'plan.yaml');
    await writeFile(plan, `version: 1\ndisc:\n  id: empty\n  media: cd-r\n  device: ${drive.device}\n  backend: cdrecord\nsessions:\n  - label: A\n    files: [./a]\n  - label: E\n    files: [{ source: ./empty/sub, target: /sub }]\n`);
    const applied = await runBurnplan(['apply', plan, '--yes'], { env: drive.env });
    expect(applied.exitCode).toBe(0);
    const { json } = await verifyJson({ plan, env: drive.env });
    expect(json.sessions.map((s: any) => [s.outcome, s.files_checked])).toEqual([
      ['ok', 1],
      ['ok', 0],
    ]);
  });

  it('a damaged checksum file is damage, not a shorter list', async () => {
    const p = await project('cd-r');
    const status = JSON.parse((await runBurnplan(['status', p.plan, '--json'], { env: p.env })).stdout);
    const start = status.sessions[0].start_lba;
    const manifestLba = await dataLba(p.image, start, '/.burnplan/session-01.sha256');
    await flipByte(p.image, manifestLba * 2048 + 64); // the blank after the first checksum
    const { exitCode, json } = await verifyJson(p, '--session', '1');
    expect(exitCode).toBe(1);
    expect(json.sessions[0].outcome).toBe('damaged');
    expect(json.sessions[0].note).toBe("its checksum file /.burnplan/session-01.sha256 is not the one burned: its SHA-256 is not the one the session's mark records");
  });

  it('verifies when the sources are gone, and --against-sources names them', async () => {
    const p = await project('virtual');
    await rm(path.join(p.dir, 'data/docs'), { recursive: true });
    await rm(path.join(p.dir, "data/photos/it's $(here).txt"));
    const plain = await verifyJson(p);
    expect(plain.exitCode).toBe(0);
    const { json, exitCode } = await verifyJson(p, '--against-sources');
    expect(json.sessions[0].sources.gone_from_computer).toEqual(["/photos/it's $(here).txt"]);
    expect(json.sessions[1].sources.gone_from_computer).toEqual(['/docs/letter.txt']);
    // a source gone is a difference from the sources, as a changed one is: exit 1 for both
    expect(exitCode).toBe(1);
    const one = await runBurnplan(['verify', p.plan, '--session', '2'], { env: p.env });
    expect(one.stdout).toContain(', session 2 of 2)');
    const past = await runBurnplan(['verify', p.plan, '--session', '3'], { env: p.env });
    expect(past.exitCode).toBe(1);
    expect(past.stderr).toBe('--session must be a session of the disc, 1 to 2 (got "3")\n');
  });
});
