import { chmod, stat, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, REPO_ROOT, runBurnplan } from '../helpers/run-burnplan.js';
import { tempDir } from '../helpers/temp-dir.js';
import { buildVirtualDisc } from '../helpers/virtual-disc.js';

async function statusJson(device: string) {
  const result = await runBurnplan(['status', '--device', device, '--json']);
  expect(result.stderr).toBe('');
  expect(result.exitCode).toBe(0);
  return JSON.parse(result.stdout);
}

describe('burnplan status on virtual discs written by the real xorriso', () => {
  it('shows one session with its identity', async () => {
    const dir = await tempDir();
    const disc = await buildVirtualDisc(dir, 'one.iso', [
      { label: 'Photos2025', files: { 'a.txt': 'a' }, volumeSetId: 'family-archive', applicationId: 'BURNPLAN/1 sha256-0123abcd' },
    ]);
    const json = await statusJson(disc.device);
    expect(json).toMatchObject({
      format_version: 1,
      device: disc.device,
      tool: { backend: 'xorriso' },
      media: { kind: 'virtual', description: 'stdio file, overwriteable' },
      status: 'appendable',
    });
    expect(json.sessions).toEqual([
      {
        number: 1,
        start_lba: disc.written[0]!.lba,
        size_sectors: disc.written[0]!.imageSectors,
        track_sectors: disc.written[0]!.imageSectors,
        space_used_sectors: json.next_writable_address - disc.written[0]!.lba,
        problem: null,
        iso9660: {
          volume_id: 'Photos2025',
          volume_set_id: 'family-archive',
          // xorriso writes the application id in upper case (ECMA-119 a-characters)
          application_id: 'BURNPLAN/1 SHA256-0123ABCD',
          publisher_id: expect.any(String),
          preparer_id: expect.any(String),
          volume_space_size: expect.any(Number),
          joliet: true,
          rock_ridge: true,
        },
        burnplan: { mark_version: 1, fingerprint: 'SHA256-0123ABCD', copy: 1 },
      },
    ]);
    expect(json.next_writable_address).toBeGreaterThan(disc.written[0]!.lba);
    expect(json.free_bytes).toBe(json.free_sectors * 2048);
  });

  it('shows every session of a two-session disc and one without Joliet', async () => {
    const dir = await tempDir();
    const disc = await buildVirtualDisc(dir, 'two.iso', [
      { label: 'Session1', files: { 'a.txt': 'a' } },
      { label: 'Session2', files: { 'b.txt': 'b' }, joliet: false },
    ]);
    const json = await statusJson(disc.device);
    expect(json.sessions.map((s: any) => [s.number, s.start_lba, s.iso9660.volume_id, s.iso9660.joliet, s.iso9660.rock_ridge, s.burnplan])).toEqual([
      [1, disc.written[0]!.lba, 'Session1', true, true, null],
      [2, disc.written[1]!.lba, 'Session2', false, true, null],
    ]);
  });

  it('reads many sessions', async () => {
    const dir = await tempDir();
    const specs = Array.from({ length: 12 }, (_, i) => ({ label: `S${i + 1}`, files: { [`f${i}.txt`]: String(i) }, volumeSetId: 'many' }));
    const disc = await buildVirtualDisc(dir, 'many.iso', specs);
    const json = await statusJson(disc.device);
    expect(json.sessions.map((s: any) => [s.start_lba, s.iso9660.volume_id, s.iso9660.volume_set_id])).toEqual(disc.written.map((w) => [w.lba, w.label, 'many']));
  });

  it('prints a readable table', async () => {
    const dir = await tempDir();
    const disc = await buildVirtualDisc(dir, 'table.iso', [
      { label: 'Session1', files: { 'a.txt': 'a' }, volumeSetId: 'seed-cdr' },
      { label: 'Session2', files: { 'b.txt': 'b' }, volumeSetId: 'seed-cdr', rockRidge: false },
    ]);
    const result = await runBurnplan(['status', '--device', disc.device]);
    expect(result.exitCode).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(new RegExp(`^Device: +${disc.device.replaceAll('/', '\\/')} \\(xorriso: xorriso \\d`));
    expect(lines).toContain('Drive:    YOYODYNE WARP DRIVE FX01');
    expect(lines).toContain('Media:    virtual disc (stdio file, overwriteable)');
    expect(lines).toContain('Status:   overwriteable, 2 sessions (emulated TOC)');
    expect(lines.find((l) => l.startsWith('Free:'))).toMatch(/^Free: +[\d.]+ GiB \(\d+ sectors\)$/);
    const header = lines.findIndex((l) => /^#\s+Start/.test(l));
    expect(lines[header]).toMatch(/^#\s+Start\s+Sectors\s+Size\s+Label\s+Disc id\s+J\s+RR\s+burnplan$/);
    expect(lines[header + 1]).toMatch(new RegExp(`^1\\s+${disc.written[0]!.lba}\\s+\\d+\\s+[\\d.]+ MiB\\s+Session1\\s+seed-cdr\\s+J\\s+RR\\s+-$`));
    expect(lines[header + 2]).toMatch(new RegExp(`^2\\s+${disc.written[1]!.lba}\\s+\\d+\\s+[\\d.]+ MiB\\s+Session2\\s+seed-cdr\\s+J\\s+-\\s+-$`));
  });

  it('reads a virtual disc file that does not exist yet as blank, without creating it', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'new.iso');
    const json = await statusJson(`stdio:${file}`);
    expect(json).toMatchObject({ status: 'blank', sessions: [], next_writable_address: 32 });
    expect(existsSync(file)).toBe(false);
  });

  it('uses the plan\'s device, and --device over it', async () => {
    const dir = await tempDir();
    const disc = await buildVirtualDisc(dir, 'plan.iso', [{ label: 'FromPlan', files: { 'a.txt': 'a' } }]);
    await mkdir(path.join(dir, 'data'));
    await writeFile(path.join(dir, 'plan.yaml'), 'version: 1\ndisc:\n  id: d\n  device: stdio:./plan.iso\n  backend: xorriso\nsessions: []\n');
    const viaPlan = await runBurnplan(['status', 'plan.yaml', '--json'], { cwd: dir });
    expect(JSON.parse(viaPlan.stdout).sessions[0].iso9660.volume_id).toBe('FromPlan');
    const other = await buildVirtualDisc(dir, 'other.iso', [{ label: 'FromOption', files: { 'b.txt': 'b' } }]);
    const viaOption = await runBurnplan(['status', 'plan.yaml', '--device', other.device, '--json'], { cwd: dir });
    expect(JSON.parse(viaOption.stdout).sessions[0].iso9660.volume_id).toBe('FromOption');
    const viaEnv = await runBurnplan(['status', '--json'], { cwd: dir, env: { BURNPLAN_DEVICE: disc.device } });
    expect(JSON.parse(viaEnv.stdout).sessions[0].iso9660.volume_id).toBe('FromPlan');
  });
});

describe('burnplan status: errors are one clear line, exit 1, no stack trace', () => {
  async function failure(args: string[], options: Parameters<typeof runBurnplan>[1] = {}) {
    const result = await runBurnplan(['status', ...args], options);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(hasStackTrace(result.stderr)).toBe(false);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    return lines[0];
  }

  it('a regular file given without stdio:', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'disc.iso');
    await writeFile(file, 'x');
    expect(await failure(['--device', file])).toBe(`${file} is a regular file, not a drive; to use it as a virtual disc, write stdio:${file}`);
  });

  it('a virtual disc in a folder that does not exist', async () => {
    expect(await failure(['--device', 'stdio:/nonexistent-folder/disc.iso'])).toBe('stdio:/nonexistent-folder/disc.iso: the folder /nonexistent-folder does not exist');
  });

  it('a device that does not exist', async () => {
    expect(await failure(['--device', '/dev/sr9'])).toBe('/dev/sr9: no such device');
  });

  it('a virtual disc the user may not read: never shown as blank', async () => {
    const dir = await tempDir();
    const disc = await buildVirtualDisc(dir, 'secret.iso', [{ label: 'Secret', files: { 'a.txt': 'a' } }]);
    await chmod(dir, 0o755);
    await chmod(disc.file, 0o000);
    const asUser = process.getuid?.() === 0 ? 65534 : undefined;
    const line = await failure(['--device', disc.device, '--backend', 'xorriso'], { asUser });
    expect(line).toMatch(new RegExp(`^${disc.device.replaceAll('/', '\\/')}: permission denied \\(libburn: Failed to open device \\(a pseudo-drive\\) for reading : Permission denied\\)$`));
  });

  it('xorriso missing, naming the package', async () => {
    const dir = await tempDir();
    const line = await failure(['--device', `stdio:${dir}/d.iso`, '--backend', 'xorriso'], { env: { PATH: dir } as NodeJS.ProcessEnv, extendEnv: false });
    expect(line).toBe('xorriso not found on PATH: install it (Debian/Ubuntu: apt-get install xorriso) or set BURNPLAN_XORRISO to the program\'s path');
  });

  it('a BURNPLAN_XORRISO that points nowhere', async () => {
    const dir = await tempDir();
    const line = await failure(['--device', `stdio:${dir}/d.iso`, '--backend', 'xorriso'], { env: { BURNPLAN_XORRISO: '/opt/nowhere/xorriso' } });
    expect(line).toBe('BURNPLAN_XORRISO=/opt/nowhere/xorriso: no such executable program');
  });

  it('an unknown backend: refused by commander in one line, then its hint to --help', async () => {
    const result = await runBurnplan(['status', '--backend', 'growisofs']);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe("error: option '-b, --backend <backend>' argument 'growisofs' is invalid. Allowed choices are auto, xorriso, cdrecord.\n(run with --help for usage)\n");
  });

  it('an invalid plan, with its findings', async () => {
    const line = await failure(['test/fixtures/bad-plans/speed-zero.yaml'], { cwd: REPO_ROOT });
    expect(line).toBe('test/fixtures/bad-plans/speed-zero.yaml:6:10: error: speed must be at least 1 (got 0)');
  });

  it('the stdio file is a folder', async () => {
    const dir = await tempDir();
    expect(await failure(['--device', `stdio:${dir}`])).toBe(`stdio:${dir}: is a folder, not a virtual disc file`);
    expect((await stat(dir)).isDirectory()).toBe(true);
  });
});
