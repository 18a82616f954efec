// Hostile names burned through both backends and read back intact, with no shell anywhere:
// spaces, quotes, $(…), backticks, a newline, a leading "-", a very long name, unicode, and
// the label "-o". Read back by the real tools: xorriso extracts every file (Rock Ridge names,
// compared byte for byte with the sources), isoinfo lists the Joliet tree.
import { stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { createEmulatedDrive } from '../cdr-emulator/emulated-drive.js';
import { runBurnplan } from '../helpers/run-burnplan.js';
import { readTree, tempDir, writeTree } from '../helpers/temp-dir.js';

const HOSTILE = [
  'with space.txt',
  "quote'single",
  'dq"uote',
  '$(touch pwned)',
  '`touch pwned2`',
  'new\nline',
  '-leading-dash',
  '--help',
  'L'.repeat(200),
  'ünïcödé 日本語 ✓.txt',
  'dir with space/$(sub) dir/-x',
  "dir with space/it's \\ back",
];

async function hostileProject(backend: 'xorriso' | 'cdrecord') {
  const dir = await tempDir();
  const files: Record<string, string> = {};
  HOSTILE.forEach((name, i) => (files[path.join('data', name)] = `content ${i} of ${JSON.stringify(name)}\n`));
  await writeTree(dir, files);
  const drive = backend === 'cdrecord' ? createEmulatedDrive(dir, { variant: 'wodim' }) : undefined;
  const device = drive ? `${drive.device}\n  media: cd-r` : 'stdio:./disc.iso';
  const plan = path.join(dir, 'plan.yaml');
  await writeFile(plan, `version: 1\ndisc:\n  id: hostile\n  device: ${device}\n  backend: ${backend}\nsessions:\n  - label: "-o"\n    files: [{ source: ./data, target: "/-x $(y)" }]\n`);
  return { dir, plan, env: drive ? drive.env : process.env, image: drive ? drive.imagePath : path.join(dir, 'disc.iso') };
}

describe.each(['xorriso', 'cdrecord'] as const)('hostile names through the %s backend', (backend) => {
  it('are burned and read back intact, Rock Ridge and Joliet, and nothing is ever run by a shell', async () => {
    const p = await hostileProject(backend);
    const applied = await runBurnplan(['apply', p.plan, '--yes'], { env: p.env, cwd: p.dir });
    expect(applied.stderr).toBe('');
    expect(applied.exitCode).toBe(0);
    const status = JSON.parse((await runBurnplan(['status', p.plan, '--json'], { env: p.env })).stdout);
    expect(status.sessions[0].iso9660.volume_id).toBe('-o');
    const start = String(status.sessions[0].start_lba);

    // Rock Ridge: xorriso extracts the session; every name and byte as in the sources
    const out = path.join(p.dir, 'extracted');
    await execa('xorriso', ['-osirrox', 'on', '-load', 'sbsector', start, '-indev', `stdio:${p.image}`, '-extract', '/-x $(y)', out], { stdin: 'ignore' });
    expect(await readTree(out)).toEqual(await readTree(path.join(p.dir, 'data')));

    // Joliet: every name Joliet can hold as it is (ASCII without control characters and without
    // the characters Joliet forbids, * : ; ? \, at most 64 characters)
    const joliet = (await execa('isoinfo', ['-J', '-j', 'iso8859-1', '-f', '-i', p.image, '-T', start], { encoding: 'latin1' })).stdout.split('\n');
    const holdable = HOSTILE.filter((n) => /^[\x20-\x7e]+$/.test(n) && !/[*:;?\\]/.test(n) && n.split('/').every((part) => part.length <= 64));
    expect(holdable.length).toBeGreaterThanOrEqual(7);
    for (const name of holdable) expect(joliet).toContain(`/-x $(y)/${name}`);

    // burnplan's own read-back agrees
    const verify = JSON.parse((await runBurnplan(['verify', p.plan, '--json'], { env: p.env })).stdout);
    expect(verify.sessions[0]).toMatchObject({ outcome: 'ok', files_checked: HOSTILE.length, damaged: [], missing: [] });

    // no shell ran anything: no file named pwned appeared anywhere near
    for (const where of [p.dir, path.join(p.dir, 'data'), process.cwd()]) {
      expect(existsSync(path.join(where, 'pwned'))).toBe(false);
      expect(existsSync(path.join(where, 'pwned2'))).toBe(false);
    }
    expect((await stat(p.image)).size).toBeGreaterThan(0);
  });
});
