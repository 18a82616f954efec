// Overwriteable media on the xorriso path: a stdio: file is what libburn calls a "stdio file"
// (profile 0xffff) and xorriso writes it as it writes DVD+RW and BD-RE: one grown image, the
// sessions an emulated TOC. So a plan for DVD+RW or BD-RE is applied to it end to end.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBurnplan } from '../helpers/run-burnplan.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

async function project(media: string, labels: string[], extra = '') {
  const dir = await tempDir();
  await writeTree(dir, Object.fromEntries(labels.map((l) => [`data/${l}/${l}.txt`, `${l}\n`])));
  const plan = path.join(dir, 'plan.yaml');
  const sessions = labels.map((l) => `  - label: ${l}\n    files: [{ source: ./data/${l}, target: /${l} }]\n`).join('');
  await writeFile(plan, `version: 1\ndisc:\n  id: rewritable\n  media: ${media}\n  device: stdio:./disc.iso\n  backend: xorriso\nsessions:\n${sessions}${extra}`);
  return { dir, plan, disc: path.join(dir, 'disc.iso') };
}

const sha256 = async (file: string) => createHash('sha256').update(await readFile(file)).digest('hex');

describe.each(['dvd+rw', 'bd-re'])('a plan for %s on a virtual disc', (media) => {
  it('applies 2 sessions, a second apply burns nothing, verify finds them intact, status lists them', async () => {
    const p = await project(media, ['One', 'Two']);
    const first = await runBurnplan(['apply', p.plan, '--yes']);
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toMatch(/Session 2 \(Two\): at LBA \d+, .*data read back intact\./);

    const before = await sha256(p.disc);
    const second = await runBurnplan(['apply', p.plan, '--yes']);
    expect(second.exitCode).toBe(0);
    expect(second.stdout).toContain('No changes: the disc matches the plan.');
    expect(await sha256(p.disc)).toBe(before);

    const verify = await runBurnplan(['verify', p.plan]);
    expect(verify.stdout).toContain('Sessions: 2 intact.');
    expect(verify.exitCode).toBe(0);

    const status = await runBurnplan(['status', p.plan]);
    expect(status.stdout).toContain('Status:   overwriteable, 2 sessions (emulated TOC)\n');
    const json = JSON.parse((await runBurnplan(['status', p.plan, '--json'])).stdout);
    expect(json).toMatchObject({ status: 'appendable', emulated_toc: true });
    expect(json.sessions.map((s: { iso9660: { volume_id: string } }) => s.iso9660.volume_id)).toEqual(['One', 'Two']);
  });

  it('finalize: close is a warning at validate, and apply leaves the disc appendable', async () => {
    const p = await project(media, ['One'], 'finalize: close\n');
    const validate = await runBurnplan(['validate', p.plan]);
    expect(validate.stdout + validate.stderr).toMatch(/warning: finalize is "close" but a (DVD\+RW|BD-RE) cannot be closed/);
    const applied = await runBurnplan(['apply', p.plan, '--yes']);
    expect(applied.exitCode).toBe(0);
    expect(applied.stdout).toContain('The disc now: appendable, 1 session');
  });
});
