// The PAR2 reader against sets the real par2 made: what it reads of the files and slices, what
// damage to the .par2 files does to it (never a throw), which slices of a file are damaged, and
// that its verdict on repair is par2's own.
import { createHash, randomBytes } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanPackets } from '../../../src/recovery/par2-packet-scan.js';
import { readPar2Set, type Par2Set } from '../../../src/recovery/par2-set.js';
import { canRepair, SliceCheck, slicesToRebuild } from '../../../src/recovery/par2-slice-check.js';
import { hasProgram } from '../../../src/tools/programs.js';
import { tempDir } from '../../helpers/temp-dir.js';

const SLICE = 4096;
const RECOVERY = 6;
const FILES: Record<string, number> = { 'a.bin': 3 * SLICE + 100, 'b/c.bin': 20_000, 'd.txt': 5 };

async function makeSet() {
  const dir = await tempDir();
  const data = path.join(dir, 'data');
  const contents = new Map<string, Buffer>();
  for (const [name, size] of Object.entries(FILES)) {
    const bytes = randomBytes(size);
    contents.set(name, bytes);
    await execa('mkdir', ['-p', path.dirname(path.join(data, name))]);
    await writeFile(path.join(data, name), bytes);
  }
  const out = path.join(dir, 'out');
  await execa('mkdir', [out]);
  await execa('par2', ['create', '-q', '-q', `-B${data}`, `-s${SLICE}`, `-c${RECOVERY}`, '-n1', '-u', path.join(out, 'set.par2'), ...Object.keys(FILES).map((name) => path.join(data, name))]);
  const names = (await readdir(out)).sort();
  const buffers = await Promise.all(names.map((name) => readFile(path.join(out, name))));
  return { dir, data, out, names, buffers, contents };
}

const flip = (bytes: Buffer, at: number, bits: number) => {
  bytes[at] = bytes[at]! ^ bits;
};
const md5 = (bytes: Buffer) => createHash('md5').update(bytes).digest('hex');

function damagedSlices(set: Par2Set, name: string, bytes: Buffer, chunk = 1000): number[] {
  const file = set.files.find((f) => f.name === name)!;
  const check = new SliceCheck(file.slices!, set.sliceSize);
  for (let at = 0; at < bytes.length; at += chunk) check.update(bytes.subarray(at, at + chunk));
  return check.finish();
}

describe.skipIf(!hasProgram('par2'))('readPar2Set on what par2 made', () => {
  it('reads every file: name, size, MD5, its slices, and the recovery slices', async () => {
    const made = await makeSet();
    expect(made.names).toEqual(['set.par2', 'set.vol0+6.par2']);
    const set = readPar2Set(made.buffers);
    if ('problem' in set) throw new Error(set.problem);
    expect(set.sliceSize).toBe(SLICE);
    expect(set.recoverySlices).toBe(RECOVERY);
    expect(set.damagedStretches).toBe(0);
    const byName = Object.fromEntries(set.files.map((f) => [f.name, f]));
    for (const [name, size] of Object.entries(FILES)) {
      expect(byName[name]).toMatchObject({ recoverable: true, size, md5: md5(made.contents.get(name)!) });
      expect(byName[name]!.slices).toHaveLength(Math.ceil(size / SLICE));
      expect(damagedSlices(set, name, made.contents.get(name)!)).toEqual([]);
    }
    // a vol file read twice (two copies of the disc's files) holds no more slices
    expect(readPar2Set([...made.buffers, made.buffers[1]!])).toMatchObject({ recoverySlices: RECOVERY });
    // the index file alone: everything but the recovery slices
    const indexOnly = readPar2Set([made.buffers[0]!]);
    expect(indexOnly).toMatchObject({ recoverySlices: 0, files: expect.arrayContaining([expect.objectContaining({ name: 'a.bin' })]) });
  });

  it('names the damaged slices of a file, in any chunk size, and a file cut short', async () => {
    const made = await makeSet();
    const set = readPar2Set(made.buffers) as Par2Set;
    const bytes = Buffer.from(made.contents.get('a.bin')!);
    flip(bytes, SLICE + 7, 0xff);
    flip(bytes, 3 * SLICE + 99, 0x01);
    for (const chunk of [1, 333, SLICE, 1 << 20]) expect(damagedSlices(set, 'a.bin', bytes, chunk)).toEqual([1, 3]);
    expect(damagedSlices(set, 'a.bin', made.contents.get('a.bin')!.subarray(0, 2 * SLICE + 5))).toEqual([2, 3]);
  });

  it('agrees with par2 on whether the damage can be repaired: RECOVERY slices yes, one more no', async () => {
    const made = await makeSet();
    const set = readPar2Set(made.buffers) as Par2Set;
    const original = made.contents.get('b/c.bin')!;
    for (const bad of [RECOVERY, RECOVERY + 1]) {
      // a.bin has 4 slices and b/c.bin 5: damage spread over both
      const a = Buffer.from(made.contents.get('a.bin')!);
      const c = Buffer.from(original);
      for (let i = 0; i < bad; i++) flip(i < 4 ? a : c, (i < 4 ? i : i - 4) * SLICE + 1, 0xff);
      await writeFile(path.join(made.data, 'a.bin'), a);
      await writeFile(path.join(made.data, 'b/c.bin'), c);
      const missing = damagedSlices(set, 'a.bin', a).length + damagedSlices(set, 'b/c.bin', c).length;
      expect(missing).toBe(bad);
      const verdict = await execa('par2', ['verify', `-B${made.data}`, path.join(made.out, 'set.par2')], { reject: false });
      expect(verdict.stdout).toContain(bad === RECOVERY ? 'Repair is possible' : 'Repair is not possible');
      expect(canRepair(set, missing)).toBe(bad === RECOVERY);
    }
  });

  it('damage inside the .par2 files: fewer recovery slices, damage counted, never a throw', async () => {
    const made = await makeSet();
    const vol = Buffer.from(made.buffers[1]!);
    // zero 3 KiB in the middle of the recovery slices
    vol.fill(0, Math.floor(vol.length / 2), Math.floor(vol.length / 2) + 3072);
    const set = readPar2Set([made.buffers[0]!, vol]) as Par2Set;
    expect(set.recoverySlices).toBeLessThan(RECOVERY);
    expect(set.recoverySlices).toBeGreaterThan(0);
    expect(set.damagedStretches).toBeGreaterThan(0);
    // the vol file repeats the index: the set still reads when the index file is lost
    const fromVol = readPar2Set([vol]) as Par2Set;
    expect(fromVol.files.map((f) => f.name).sort()).toEqual(Object.keys(FILES).sort());
  });

  it('a file whose checksum packets are all lost: every one of its slices is to be rebuilt', async () => {
    const made = await makeSet();
    const set = readPar2Set(made.buffers) as Par2Set;
    const a = set.files.find((f) => f.name === 'a.bin')!;
    const { slices: _lost, ...withoutSlices } = a;
    expect(slicesToRebuild(withoutSlices, set.sliceSize, 0)).toBe(4);
    expect(slicesToRebuild(a, set.sliceSize, 1)).toBe(1);
  });

  it('garbage, an empty buffer, a truncated set and random byte flips give a problem or a set, never a throw', async () => {
    const made = await makeSet();
    expect(readPar2Set([])).toEqual({ problem: 'no intact PAR2 packet' });
    expect(readPar2Set([Buffer.alloc(0)])).toEqual({ problem: 'no intact PAR2 packet' });
    expect(readPar2Set([randomBytes(10_000)])).toEqual({ problem: 'no intact PAR2 packet' });
    expect(readPar2Set([made.buffers[0]!.subarray(0, 50)])).toEqual({ problem: 'no intact PAR2 packet' });
    const all = Buffer.concat(made.buffers);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(all.length - 1), fc.integer({ min: 1, max: 255 })), { maxLength: 40 }), fc.nat(all.length), (flips, cut) => {
        const copy = Buffer.from(all.subarray(0, cut));
        for (const [at, bits] of flips) if (at < copy.length) flip(copy, at, bits);
        const result = readPar2Set([copy]);
        if ('problem' in result) return;
        expect(result.recoverySlices).toBeLessThanOrEqual(RECOVERY);
        expect(result.sliceSize).toBe(SLICE);
      }),
      { numRuns: 200 },
    );
    expect(scanPackets(Buffer.from('PAR2\0PKT'), () => {})).toBe(1);
  });
});
