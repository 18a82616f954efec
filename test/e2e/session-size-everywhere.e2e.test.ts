// A session's size means one thing: the data it holds (its ISO volume; the track when it holds
// no ISO 9660). status, diff and apply's summary show that same number for one disc, in text
// and in --json; the space a session takes with its padding and gaps is labelled apart.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMiB } from '../../src/render/units.js';
import { runBurnplan } from '../helpers/run-burnplan.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

async function project() {
  const dir = await tempDir();
  await writeTree(dir, { 'data/a/a.txt': 'a\n', 'data/b/b.bin': Buffer.alloc(300_000, 7) });
  const plan = path.join(dir, 'plan.yaml');
  const session = (l: string, d: string) => `  - label: ${l}\n    files: [{ source: ./data/${d}, target: /${d} }]\n`;
  await writeFile(plan, `version: 1\ndisc:\n  id: sizes\n  device: stdio:./disc.iso\n  backend: xorriso\nsessions:\n${session('One', 'a')}${session('Two', 'b')}`);
  return plan;
}

const sizeColumn = (line: string | undefined) => line?.trim().split(/\s{2,}/);

describe('one disc, three commands, the same size for each session', () => {
  it('apply, status and diff (text and --json) agree on the xorriso path', async () => {
    const plan = await project();
    const applied = await runBurnplan(['apply', plan, '--yes', '--json']);
    expect(applied.exitCode).toBe(0);
    const applyJson = JSON.parse(applied.stdout);
    const status = JSON.parse((await runBurnplan(['status', plan, '--json'])).stdout);
    const diff = JSON.parse((await runBurnplan(['diff', plan, '--json'])).stdout);

    const fromStatus = status.sessions.map((s: { size_sectors: number }) => s.size_sectors);
    expect(fromStatus).toEqual(status.sessions.map((s: { iso9660: { volume_space_size: number } }) => s.iso9660.volume_space_size));
    expect(applyJson.sessions.map((s: { size_sectors: number }) => s.size_sectors)).toEqual(fromStatus);
    expect(diff.sessions.map((s: { disc: { size_sectors: number } }) => s.disc.size_sectors)).toEqual(fromStatus);
    // what was measured before the burn (padding included) is labelled as such
    for (const s of applyJson.sessions) expect(s.measured_sectors).toBeGreaterThan(s.size_sectors);
    // the space taken up to the next session, labelled
    expect(status.sessions[0].space_used_sectors).toBe(status.sessions[1].start_lba - status.sessions[0].start_lba);

    // the same in text: apply's summary (a second disc, burned in text mode), status's table, diff's rows
    const textPlan = await project();
    const text = (await runBurnplan(['apply', textPlan, '--yes'])).stdout;
    const statusText = (await runBurnplan(['status', textPlan])).stdout.split('\n');
    const diffText = (await runBurnplan(['diff', textPlan])).stdout.split('\n');
    const sizes = JSON.parse((await runBurnplan(['status', textPlan, '--json'])).stdout).sessions.map((s: { size_sectors: number }) => s.size_sectors);
    sizes.forEach((sectors: number, i: number) => {
      const label = ['One', 'Two'][i]!;
      expect(text).toContain(`Session ${i + 1} (${label}): at LBA `);
      expect(text).toMatch(new RegExp(`Session ${i + 1} \\(${label}\\): at LBA \\d+, ${formatMiB(sectors).replace('.', '\\.')} \\(${sectors} sectors\\),`));
      expect(sizeColumn(statusText.find((l) => l.startsWith(`${i + 1} `)))?.slice(2, 4)).toEqual([String(sectors), formatMiB(sectors)]);
      expect(diffText.find((l) => l.includes(` ${label} `) && l.includes('in sync'))).toContain(formatMiB(sectors));
    });
  }, 60_000);
});
