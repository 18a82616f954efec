// The CD-R emulator must print what real cdrecord and wodim print: burnplan's parsers, tested on
// real captures in test/unit/backends, must read the emulator's output to the same facts.
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { parseAtip } from '../../src/backends/cdrecord/parse-atip.js';
import { parseCdrecordVersion } from '../../src/backends/cdrecord/cdrecord-variant.js';
import { parseMinfo } from '../../src/backends/cdrecord/parse-minfo.js';
import { parseMsinfo } from '../../src/backends/cdrecord/parse-msinfo.js';
import { parseToc } from '../../src/backends/cdrecord/parse-toc.js';
import { createEmulatedDrive, type EmulatorVariant } from '../cdr-emulator/emulated-drive.js';
import { localStreams } from '../helpers/fixtures.js';
import { burnSeedSession } from '../helpers/seed-recipe.js';
import { tempDir } from '../helpers/temp-dir.js';

async function run(drive: ReturnType<typeof createEmulatedDrive>, ...args: string[]) {
  const result = await execa(path.join(drive.binDir, drive.program), args, { env: drive.env, reject: false });
  return { stdout: result.stdout, stderr: result.stderr, all: `${result.stderr}\n${result.stdout}`, exitCode: result.exitCode };
}

describe.each<EmulatorVariant>(['wodim', 'cdrecord'])('%s emulator output through the parsers', (variant) => {
  it('reads as the same disc through -toc, -msinfo, -atip and -minfo', async () => {
    const dir = await tempDir();
    const drive = createEmulatedDrive(dir, { variant });
    const first = await burnSeedSession(drive, dir, { label: 'One', files: { 'a.txt': 'a' } });
    const second = await burnSeedSession(drive, dir, { label: 'Two', files: { 'b.txt': 'b' } });
    const dev = `dev=${drive.device}`;

    const toc = parseToc((await run(drive, dev, '-toc')).stdout);
    expect(toc?.tracks.map((t) => [t.number, t.lba, t.control])).toEqual([
      [1, first, 4],
      [2, second, 4],
    ]);
    const msinfo = parseMsinfo((await run(drive, dev, '-msinfo')).stdout);
    expect(msinfo?.lastSessionStart).toBe(second);
    expect(toc?.leadOut).toBe(msinfo!.nextWritableAddress - 6900);
    expect(parseAtip((await run(drive, dev, '-atip')).all)).toEqual({ leadInStart: -11607, leadOutStart: 359849 });

    const version = await run(drive, '-version');
    expect(parseCdrecordVersion(version.all)?.variant).toBe(variant);
    if (variant === 'wodim') {
      // byte for byte what the installed wodim 1.1.11 prints
      expect(`${version.stderr}\n`).toBe(localStreams('wodim-version-1.1.11').stderr);
      const minfo = await run(drive, dev, '-minfo');
      expect(`${minfo.stderr}\n`).toBe(localStreams('wodim-minfo-unsupported').stderr);
      expect(minfo.exitCode).toBe(255);
    } else {
      const minfo = parseMinfo((await run(drive, dev, '-minfo')).all);
      expect(minfo.diskStatus).toBe('incomplete/appendable');
      expect(minfo.tracks.map((t) => [t.session, t.type, t.start])).toEqual([
        [1, 'Data', first],
        [2, 'Data', second],
        [3, 'Blank', msinfo!.nextWritableAddress],
      ]);
      expect(minfo.nextWritableAddress).toBe(msinfo!.nextWritableAddress);
      expect(minfo.remainingSize).toBe(359849 - msinfo!.nextWritableAddress);
    }
  });
});
