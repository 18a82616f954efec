// burnplan apply on the cdrecord path: the seed recipe through the CD-R emulator and the real
// genisoimage, checked with isoinfo (not with burnplan's own reader).
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { createEmulatedDrive } from '../cdr-emulator/emulated-drive.js';
import { loggingWrapper } from '../helpers/logging-wrapper.js';
import { runBurnplan } from '../helpers/run-burnplan.js';
import { burnSeedSession } from '../helpers/seed-recipe.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

async function cdProject(labels: string[], finalize: 'open' | 'close' = 'open', variant: 'wodim' | 'cdrecord' = 'wodim') {
  const dir = await tempDir();
  const drive = createEmulatedDrive(dir, { variant });
  const files: Record<string, string> = {};
  for (const l of labels) {
    files[`data/${l}/${l}.txt`] = `${l}\n`;
    files[`data/${l}/A rather long file name of ${l} that DOS never allowed.txt`] = `${l} long\n`;
  }
  await writeTree(dir, files);
  const plan = path.join(dir, 'plan.yaml');
  const sessions = labels.map((l) => `  - label: ${l}\n    files: [./data/${l}]\n`).join('');
  await writeFile(plan, `version: 1\ndisc:\n  id: seed-cdr\n  media: cd-r\n  device: ${drive.device}\n  backend: cdrecord\nsessions:\n${sessions}finalize: ${finalize}\n`);
  const wrapper = await loggingWrapper(dir, `${variant}-logged`, path.join(drive.binDir, variant));
  const env = { ...drive.env, BURNPLAN_CDRECORD: wrapper.path };
  return { dir, drive, plan, env, wrapper };
}

const writes = (calls: string[][]) => calls.filter((args) => !args.some((a) => ['-version', '-atip', '-toc', '-msinfo', '-minfo'].includes(a)));

async function isoinfoNames(image: string, session: number, extension: '-R' | '-J') {
  const args = [extension, ...(extension === '-J' ? ['-j', 'iso8859-1'] : []), '-f', '-i', image, '-T', String(session)];
  return (await execa('isoinfo', args, { encoding: 'latin1' })).stdout.split('\n').filter((l) => l.endsWith('.txt')).sort();
}

describe.each(['wodim', 'cdrecord'] as const)('burnplan apply through %s (emulated CD-R)', (variant) => {
  it('reproduces the seed recipe: first -multi, later -C/-M piped into cdrecord, and every file readable', async () => {
    const p = await cdProject(['Session1', 'Session2'], 'open', variant);
    const result = await runBurnplan(['apply', p.plan, '--yes'], { env: p.env });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const burns = writes(await p.wrapper.calls());
    expect(burns).toEqual([
      ['-v', `dev=${p.drive.device}`, '-tao', '-multi', expect.stringMatching(/^tsize=\d+s$/), '-'],
      ['-v', `dev=${p.drive.device}`, '-tao', '-multi', expect.stringMatching(/^tsize=\d+s$/), '-'],
    ]);
    const status = JSON.parse((await runBurnplan(['status', p.plan, '--json'], { env: p.env })).stdout);
    expect(status.status).toBe('appendable');
    const second = status.sessions[1].start_lba;
    // the TOC's first track (300 sectors at least, run-out included), then the real CD gap
    expect(second - status.sessions[0].track_sectors).toBe(11400);
    expect(status.sessions[0].track_sectors).toBeGreaterThanOrEqual(302);
    const names = ['Session1', 'Session2'].flatMap((l) => [`/${l}.txt`, `/A rather long file name of ${l} that DOS never allowed.txt`]).sort();
    expect(await isoinfoNames(p.drive.imagePath, second, '-R')).toEqual(names);
    expect(await isoinfoNames(p.drive.imagePath, second, '-J')).toEqual(names);
    expect(result.stdout).toContain('data read back intact');
    // each session records its files' SHA-256 checksums, as sha256sum -c reads them
    for (const [i, label] of ['Session1', 'Session2'].entries()) {
      const start = status.sessions[i].start_lba;
      const recorded = (await execa('isoinfo', ['-R', '-i', p.drive.imagePath, '-T', String(start), '-x', `/.burnplan/session-0${i + 1}.sha256`])).stdout;
      const expected = (await execa('sha256sum', ['--', `${label}.txt`, `A rather long file name of ${label} that DOS never allowed.txt`], { cwd: path.join(p.dir, 'data', label) })).stdout;
      expect(recorded.split('\n').sort()).toEqual(expected.split('\n').sort());
    }
    // idempotent: nothing more is written
    const again = await runBurnplan(['apply', p.plan, '--yes'], { env: p.env });
    expect(again.stdout).toContain('No changes');
    expect(writes(await p.wrapper.calls())).toHaveLength(2);
  });

  it('asks the drive what the medium is once: each read after a burn is -toc and -msinfo (wodim) or -minfo', async () => {
    const p = await cdProject(['Session1', 'Session2'], 'open', variant);
    const xorriso = await loggingWrapper(p.dir, 'xorriso-logged', 'xorriso');
    const result = await runBurnplan(['apply', p.plan, '--yes'], { env: { ...p.env, BURNPLAN_XORRISO: xorriso.path } });
    expect(result.exitCode).toBe(0);
    // the read-back checks against the session's SHA-256 file: xorriso does not open the drive
    expect((await xorriso.calls()).filter((args) => args.some((a) => a.includes(p.drive.imagePath)))).toEqual([]);
    const reads = (await p.wrapper.calls()).filter((args) => !args.includes('-version')).map((args) => (writes([args]).length > 0 ? 'write' : args.filter((a) => a.startsWith('-')).join(' ')));
    const read = variant === 'wodim' ? ['-toc', '-msinfo'] : ['-minfo'];
    expect(reads).toEqual([...(variant === 'wodim' ? ['-atip'] : []), ...read, 'write', ...read, 'write', ...read]);
    // the capacity kept from the first read is the one a fresh read gives
    const fresh = JSON.parse((await runBurnplan(['status', p.plan, '--json'], { env: p.env })).stdout);
    expect(result.stdout).toContain(`${(fresh.free_sectors * 2048 / 1024 ** 2).toFixed(1)} MiB free`);
  });

  it('closes the disc by leaving out -multi on the last session', async () => {
    const p = await cdProject(['Only'], 'close', variant);
    expect((await runBurnplan(['apply', p.plan, '--yes'], { env: p.env })).exitCode).toBe(0);
    expect(writes(await p.wrapper.calls())).toEqual([['-v', `dev=${p.drive.device}`, '-tao', expect.stringMatching(/^tsize=\d+s$/), '-']]);
    expect(JSON.parse((await runBurnplan(['status', p.plan, '--json'], { env: p.env })).stdout).status).toBe('closed');
  });

  it('continues a disc burned by hand, and closes it with -fix when every session is there', async () => {
    const p = await cdProject(['Session1'], 'close', variant);
    await burnSeedSession(p.drive, p.dir, { label: 'Session1', files: { 'a.txt': 'a' } });
    const result = await runBurnplan(['apply', p.plan, '--yes'], { env: p.env });
    expect(result.exitCode).toBe(0);
    expect(writes(await p.wrapper.calls())).toEqual([['-v', `dev=${p.drive.device}`, '-fix']]);
    expect(JSON.parse((await runBurnplan(['status', p.plan, '--json'], { env: p.env })).stdout).status).toBe('closed');
  });
});

describe('apply when things go wrong (emulated CD-R)', () => {
  it('a write error: the tool\'s own words, the disc re-read, and no claim of success', async () => {
    const p = await cdProject(['Broken']);
    const result = await runBurnplan(['apply', p.plan, '--yes'], { env: { ...p.env, CDR_EMULATOR_FAULT: 'write-error-after:100' } });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/Apply stopped: \S*wodim\S* failed \(exit 254\): .*/);
    // the lines that say why, not the statistics printed after them
    expect(result.stdout).toMatch(/Apply stopped: .*Sense Key: 0x3 Medium Error/);
    expect(result.stdout).toMatch(/Apply stopped: .*write track data: error after \d+ bytes/);
    expect(result.stdout).not.toMatch(/Apply stopped: .*(Fixating time|fifo was)/);
    expect(result.stdout).toMatch(/The disc now: \w+, \d+ sessions?/);
    expect(result.stdout).not.toContain('data read back intact');
  });

  it.each(['wodim', 'cdrecord'] as const)('after a write error, %s: the next run refuses to write after the broken session', async (variant) => {
    for (const sessions of [['First'], ['First', 'Second']]) {
      const p = await cdProject(sessions, 'open', variant);
      if (sessions.length === 2) await burnSeedSession(p.drive, p.dir, { label: 'First', files: { 'a.txt': 'a' } });
      const broken = await runBurnplan(['apply', p.plan, '--yes'], { env: { ...p.env, CDR_EMULATOR_FAULT: 'write-error-after:100' } });
      expect(broken.exitCode).toBe(1);
      const before = writes(await p.wrapper.calls()).length;
      const again = await runBurnplan(['apply', p.plan, '--yes'], { env: p.env });
      expect(again.exitCode).toBe(1);
      // wodim cannot tell a broken last session from a closed disc ("Cannot read first writable
      // address" either way): it is refused as closed, which is safe
      expect(`${again.stdout}${again.stderr}`).toMatch(/unfinished|cut short|no session could be read|an ISO 9660 volume starts at sector 16|the disc is closed/);
      expect(writes(await p.wrapper.calls())).toHaveLength(before);
    }
    // four applies on the emulated drive, two of them failing part-way
  }, 90_000);

  it('a drive without a disc: one clear line, nothing attempted', async () => {
    const p = await cdProject(['A']);
    const result = await runBurnplan(['apply', p.plan, '--yes'], { env: { ...p.env, CDR_EMULATOR_FAULT: 'no-disc' } });
    expect(result.exitCode).toBe(1);
    expect(result.stderr.trim()).toMatch(new RegExp(`^${p.drive.device.replaceAll('/', '\\/')}: no disc in the drive`));
  });
});

describe('apply --dummy', () => {
  it('on the emulated CD-R: cdrecord -dummy for the first session to burn, and the disc unchanged', async () => {
    const p = await cdProject(['A', 'B']);
    const before = JSON.stringify(p.drive.readState());
    const result = await runBurnplan(['apply', p.plan, '--yes', '--dummy'], { env: p.env });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Simulation (--dummy): the laser was off, nothing was written to the disc.');
    const burns = writes(await p.wrapper.calls());
    expect(burns).toHaveLength(1); // session B would be built on A, which a simulation does not write
    expect(burns[0]).toContain('-dummy');
    expect(result.stdout).toContain('only the first session to burn is simulated');
    expect(JSON.stringify(p.drive.readState())).toBe(before);
  });

  it('on a virtual disc: no file is created', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'data/a.txt': 'a' });
    const plan = path.join(dir, 'plan.yaml');
    await writeFile(plan, 'version: 1\ndisc:\n  id: dm\n  device: stdio:./d.iso\n  backend: xorriso\nsessions:\n  - label: A\n    files: [./data]\n');
    const result = await runBurnplan(['apply', plan, '--yes', '--dummy']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('nothing was written');
    expect(existsSync(path.join(dir, 'd.iso'))).toBe(false);
  });
});
