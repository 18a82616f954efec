// A session's size means one thing: the data it holds (its ISO volume; the track when it holds
// no ISO 9660). status, diff and apply's summary show that same number for one disc, in text
// and in --json, on either path; the space a session takes with its padding and gaps is
// labelled apart.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMiB } from '../../src/render/units.js';
import { createEmulatedDrive } from '../cdr-emulator/emulated-drive.js';
import { runBurnplan } from '../helpers/run-burnplan.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

type Path = 'xorriso' | 'wodim';

async function project(via: Path) {
  const dir = await tempDir();
  await writeTree(dir, { 'data/a/a.txt': 'a\n', 'data/b/b.bin': Buffer.alloc(300_000, 7) });
  const drive = via === 'wodim' ? createEmulatedDrive(dir, { variant: 'wodim' }) : undefined;
  const disc = drive ? `  media: cd-r\n  device: ${drive.device}\n  backend: cdrecord\n` : '  device: stdio:./disc.iso\n  backend: xorriso\n';
  const plan = path.join(dir, 'plan.yaml');
  const session = (l: string, d: string) => `  - label: ${l}\n    files: [{ source: ./data/${d}, target: /${d} }]\n`;
  await writeFile(plan, `version: 1\ndisc:\n  id: sizes\n${disc}sessions:\n${session('One', 'a')}${session('Two', 'b')}`);
  const run = (...args: string[]) => runBurnplan([args[0]!, plan, ...args.slice(1)], drive ? { env: drive.env } : {});
  return { run };
}

const sizes = (sessions: Array<{ size_sectors: number }>) => sessions.map((s) => s.size_sectors);

describe.each(['xorriso', 'wodim'] as const)('one disc, three commands, the same size for each session (%s)', (via) => {
  it('in --json: apply, status and diff agree, the measure and the space used labelled apart', async () => {
    const p = await project(via);
    const applied = await p.run('apply', '--yes', '--json');
    expect(applied.exitCode).toBe(0);
    const apply = JSON.parse(applied.stdout);
    const status = JSON.parse((await p.run('status', '--json')).stdout);
    const diff = JSON.parse((await p.run('diff', '--json')).stdout);

    expect(sizes(status.sessions)).toEqual(status.sessions.map((s: { iso9660: { volume_space_size: number } }) => s.iso9660.volume_space_size));
    expect(sizes(apply.sessions)).toEqual(sizes(status.sessions));
    expect(diff.sessions.map((s: { disc: { size_sectors: number } }) => s.disc.size_sectors)).toEqual(sizes(status.sessions));
    for (const s of apply.sessions) expect(s.measured_sectors).toBeGreaterThanOrEqual(s.size_sectors);
    expect(status.sessions[0].space_used_sectors).toBe(status.sessions[1].start_lba - status.sessions[0].start_lba);
  }, 60_000);

  it("in text: apply's summary, status's table and diff's rows", async () => {
    const p = await project(via);
    const text = (await p.run('apply', '--yes')).stdout;
    const statusText = (await p.run('status')).stdout.split('\n');
    const diffText = (await p.run('diff')).stdout.split('\n');
    const onDisc = sizes(JSON.parse((await p.run('status', '--json')).stdout).sessions);
    onDisc.forEach((sectors, i) => {
      const label = ['One', 'Two'][i]!;
      expect(text).toContain(`Session ${i + 1} (${label}): at LBA `);
      expect(text).toContain(`, ${formatMiB(sectors)} (${sectors} sectors), on the disc`);
      expect(statusText.find((l) => l.startsWith(`${i + 1} `))?.trim().split(/\s{2,}/).slice(2, 4)).toEqual([String(sectors), formatMiB(sectors)]);
      expect(diffText.find((l) => l.includes(` ${label} `) && l.includes('in sync'))).toContain(formatMiB(sectors));
    });
  }, 60_000);
});
