// The label lint rules rest on what the real tools do with a volume id. These tests keep
// those facts honest against the installed genisoimage and xorriso.
import { openSync, readSync, closeSync } from 'node:fs';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { JOLIET_VOLUME_ID_CHARS, MAX_VOLUME_ID_BYTES } from '../../src/plan/lint/label-rules.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

/** Volume ids of the primary (type 1) and Joliet (type 2) descriptors of an image. */
function volumeIds(image: string): { primary: string; joliet?: string } {
  const fd = openSync(image, 'r');
  try {
    const result: { primary: string; joliet?: string } = { primary: '' };
    for (let sector = 16; sector < 32; sector++) {
      const block = Buffer.alloc(2048);
      readSync(fd, block, 0, 2048, sector * 2048);
      const type = block[0];
      if (type === 255) break;
      const field = block.subarray(40, 72);
      if (type === 1) result.primary = field.toString('utf8').trimEnd();
      if (type === 2) result.joliet = field.swap16().toString('utf16le').trimEnd();
    }
    return result;
  } finally {
    closeSync(fd);
  }
}

async function withGenisoimage(label: string) {
  const dir = await tempDir();
  await writeTree(dir, { 'data/a.txt': 'a' });
  const image = path.join(dir, 'g.iso');
  const run = await execa('genisoimage', ['-quiet', '-input-charset', 'utf-8', '-r', '-J', '-V', label, '-o', image, path.join(dir, 'data')], { reject: false });
  return { run, image };
}

async function withXorriso(label: string) {
  const dir = await tempDir();
  await writeTree(dir, { 'data/a.txt': 'a' });
  const image = path.join(dir, 'x.iso');
  const run = await execa('xorriso', ['-outdev', `stdio:${image}`, '-joliet', 'on', '-volid', label, '-map', path.join(dir, 'data'), '/', '-commit'], { reject: false });
  return { run, image };
}

describe.each([
  ['genisoimage', withGenisoimage],
  ['xorriso', withXorriso],
])('volume ids written by %s', (_tool, burn) => {
  it.each(['Session2', 'my label', 'Über Fotos 2026', '-o'])('keeps %j unchanged in both descriptors', async (label) => {
    const { run, image } = await burn(label);
    expect(run.exitCode).toBe(0);
    expect(volumeIds(image)).toEqual({ primary: label, joliet: label });
  });

  it(`accepts ${MAX_VOLUME_ID_BYTES} bytes and cuts Joliet to ${JOLIET_VOLUME_ID_CHARS} characters`, async () => {
    const label = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
    const { run, image } = await burn(label);
    expect(run.exitCode).toBe(0);
    expect(volumeIds(image)).toEqual({ primary: label, joliet: label.slice(0, JOLIET_VOLUME_ID_CHARS) });
  });

  it(`refuses ${MAX_VOLUME_ID_BYTES + 1} bytes, also when they are fewer characters`, async () => {
    expect((await burn('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456')).run.exitCode).not.toBe(0);
    expect((await burn('Übersicht der Familienfotos 2026')).run.exitCode).not.toBe(0);
  });
});
