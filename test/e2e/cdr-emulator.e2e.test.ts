// End-to-end tests of the CD-R emulator that stands in for cdrecord/wodim with a CD-R in the
// drive (test/cdr-emulator/). The previous session is read back by the REAL genisoimage and
// isoinfo from the emulator's image file, so the multisession layout must be right.
import { createHash } from 'node:crypto';
import { openSync, readFileSync, readSync, closeSync, statSync } from 'node:fs';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { createEmulatedDrive, EMULATOR_SOURCE, type EmulatedDrive, type EmulatorVariant } from '../cdr-emulator/emulated-drive.js';
import { tempDir, writeTree } from '../helpers/temp-dir.js';

const SECTOR = 2048;

interface Run {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs the emulator as `program` (through the drive's bin folder) with an argument array. */
async function burner(drive: EmulatedDrive, program: EmulatorVariant, args: string[], opts: { env?: NodeJS.ProcessEnv; input?: Buffer } = {}): Promise<Run> {
  const result = await execa(path.join(drive.binDir, program), args, {
    env: opts.env ?? drive.env,
    extendEnv: false,
    reject: false,
    stripFinalNewline: false,
    ...(opts.input ? { input: opts.input } : { stdin: 'ignore' as const }),
  });
  return { exitCode: result.exitCode ?? -1, stdout: String(result.stdout), stderr: String(result.stderr) };
}

async function genisoimage(args: string[]): Promise<void> {
  await execa('genisoimage', ['-quiet', '-input-charset', 'utf-8', ...args]);
}

function sectorsOf(file: string): number {
  return Math.ceil(statSync(file).size / SECTOR);
}

/** The volume id of the primary volume descriptor of the session starting at `start`. */
function pvdVolumeId(image: string, start: number): string {
  const fd = openSync(image, 'r');
  try {
    const block = Buffer.alloc(SECTOR);
    readSync(fd, block, 0, SECTOR, (start + 16) * SECTOR);
    expect(block.subarray(1, 6).toString('latin1')).toBe('CD001');
    return block.subarray(40, 72).toString('latin1').trimEnd();
  } finally {
    closeSync(fd);
  }
}

const sha1 = (file: string) => createHash('sha1').update(readFileSync(file)).digest('hex');

const TOC_LINE = /^track:(?:\s+(\d+)|lout) lba:\s+(\d+) \(\s*(\d+)\) (\d\d):(\d\d):(\d\d) adr: 1 control: 4 mode: (-?\d+)$/;

describe('cdr emulator: a multisession CD-R read back by the real genisoimage', () => {
  it('burns three sessions, reads each previous session with genisoimage -M, then closes the disc', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'd1/one.txt': 'first session\n', 'd2/two.txt': 'second session\n', 'd3/three.txt': 'third\n' });
    const drive = createEmulatedDrive(dir, { variant: 'cdrecord' });

    // Blank disc: -msinfo fails as real cdrecord 3.x does (message, exit status 0, nothing on stdout).
    const blank = await burner(drive, 'cdrecord', ['-msinfo', `dev=${drive.device}`]);
    expect(blank.exitCode).toBe(0);
    expect(blank.stdout).toBe('');
    expect(blank.stderr).toContain('cdrecord: Input/output error. read toc: scsi sendcmd: no error\n');
    expect(blank.stderr).toMatch(/\ncdrecord: Cannot read session offset\.\n$/);

    // Session 1: a file image, -multi.
    const s1 = path.join(dir, 's1.iso');
    await genisoimage(['-r', '-J', '-V', 'Session1', '-o', s1, path.join(dir, 'd1')]);
    const w1 = await burner(drive, 'cdrecord', ['-v', '-tao', '-multi', `dev=${drive.device}`, 'speed=16', s1]);
    expect(w1.exitCode).toBe(0);
    expect(w1.stdout).toContain('Starting new track at sector: 0\n');
    expect(w1.stdout).toContain('Starting to write CD/DVD/BD at speed 16 in real TAO mode for multi session.\n');
    const size1 = Math.max(300, sectorsOf(s1)); // tracks shorter than 300 sectors are padded (4 s minimum)
    expect(w1.stdout).toContain(`Track 01: Total bytes read/written: ${statSync(s1).size}/${size1 * SECTOR} (${size1} sectors).\n`);
    expect(w1.stdout).toContain('Fixating...\n');

    const ms1 = await burner(drive, 'cdrecord', ['-msinfo', `dev=${drive.device}`]);
    expect(ms1).toMatchObject({ exitCode: 0, stderr: '' });
    const next2 = size1 + 2 + 11400;
    expect(ms1.stdout).toBe(`0,${next2}\n`);

    // Session 2: the real genisoimage reads session 1 from the emulator's image.
    const s2 = path.join(dir, 's2.iso');
    await execa('genisoimage', ['-input-charset', 'utf-8', '-r', '-J', '-V', 'Session2', '-C', `0,${next2}`, '-M', drive.imagePath, '-o', s2, path.join(dir, 'd2')]);
    const w2 = await burner(drive, 'wodim', ['-tao', '-multi', `dev=${drive.device}`, `tsize=${statSync(s2).size}`, '-'], { input: readFileSync(s2) });
    expect(w2.exitCode).toBe(0);
    expect(w2.stdout).toMatch(/Starting to write CD\/DVD at speed  48\.0 in real TAO mode for multi session\.\nLast chance to quit, starting real write in    9 seconds\.(\x08{13}   \d seconds\.){9} Operation starts\.\n/);
    expect(w2.stdout).toMatch(/Track 02: Total bytes read\/written: \d+\/\d+ \(\d+ sectors\)\.\n/);

    const size2 = Math.max(300, sectorsOf(s2));
    const toc = await burner(drive, 'cdrecord', ['-toc', `dev=${drive.device}`]);
    expect(toc.exitCode).toBe(0);
    const tocLines = toc.stdout.split('\n').filter((l) => l.startsWith('track:') || l.startsWith('first:'));
    expect(tocLines[0]).toBe('first: 1 last 2');
    expect(tocLines[1]).toBe('track:   1 lba:         0 (        0) 00:02:00 adr: 1 control: 4 mode: 2');
    const t2 = TOC_LINE.exec(tocLines[2]!);
    expect(t2?.slice(1, 3)).toEqual(['2', String(next2)]);
    expect(Number(t2![3])).toBe(next2 * 4);
    const frames = next2 + 150;
    expect([Number(t2![4]), Number(t2![5]), Number(t2![6])]).toEqual([Math.floor(frames / 4500), Math.floor(frames / 75) % 60, frames % 75]);
    const lout = TOC_LINE.exec(tocLines[3]!);
    expect(lout?.[2]).toBe(String(next2 + size2 + 2));
    expect(lout?.[7]).toBe('-1');

    const ms2 = await burner(drive, 'wodim', ['-msinfo', `dev=${drive.device}`]);
    const next3 = next2 + size2 + 2 + 6900;
    expect(ms2).toMatchObject({ exitCode: 0, stdout: `${next2},${next3}\n`, stderr: '' });

    // The second session's descriptors and directory: it lists the files of both sessions.
    expect(pvdVolumeId(drive.imagePath, next2)).toBe('Session2');
    expect(pvdVolumeId(drive.imagePath, 0)).toBe('Session1');
    const listing = await execa('isoinfo', ['-R', '-f', '-i', drive.imagePath, '-T', String(next2)]);
    expect(listing.stdout.split('\n').sort()).toEqual(['/one.txt', '/two.txt']);

    // Session 3 from stdin again, through genisoimage -M on the emulated device path.
    const s3 = path.join(dir, 's3.iso');
    await genisoimage(['-r', '-J', '-V', 'Session3', '-C', `${next2},${next3}`, '-M', drive.imagePath, '-o', s3, path.join(dir, 'd3')]);
    const w3 = await burner(drive, 'cdrecord', ['-tao', '-multi', `dev=${drive.device}`, `tsize=${sectorsOf(s3)}s`, '-'], { input: readFileSync(s3) });
    expect(w3.exitCode).toBe(0);
    const listing3 = await execa('isoinfo', ['-R', '-f', '-i', drive.imagePath, '-T', String(next3)]);
    expect(listing3.stdout.split('\n').sort()).toEqual(['/one.txt', '/three.txt', '/two.txt']);

    // Close the disc without writing.
    const fix = await burner(drive, 'cdrecord', ['-fix', `dev=${drive.device}`]);
    expect(fix.exitCode).toBe(0);
    expect(drive.readState().finalized).toBe(true);

    const closed = await burner(drive, 'cdrecord', ['-msinfo', `dev=${drive.device}`]);
    expect(closed.exitCode).toBe(0);
    expect(closed.stdout).toBe('');
    expect(closed.stderr).toContain("cdrecord: Cannot get next writable address for 'invisible' track.\n");
    expect(closed.stderr).toMatch(/\ncdrecord: Cannot read first writable address\.\n$/);

    const minfo = await burner(drive, 'cdrecord', ['-minfo', `dev=${drive.device}`]);
    expect(minfo.exitCode).toBe(0);
    expect(minfo.stdout).toContain('disk status:              complete\n');
    expect(minfo.stdout).toContain('session status:           complete\n');
    expect(minfo.stdout).toContain('number of sessions:       3\n');
    expect(minfo.stdout).toContain(`    3     3 Data   ${String(next3).padEnd(10)} `);
    expect(minfo.stdout).toContain(`Last session start address:         ${next3}\n`);
    expect(minfo.stdout).not.toContain('Next writable address');

    // Writing to the closed disc fails the way cdrecord does.
    const again = await burner(drive, 'cdrecord', ['-tao', '-multi', `dev=${drive.device}`, s1]);
    expect(again.exitCode).toBe(254);
    expect(again.stderr).toContain('cdrecord: Drive needs to reload the media to return to proper status.\n');
    expect(again.stderr).toContain('cdrecord: Cannot get next writable address.\n');
  });

  it('prints -minfo of an appendable disc with the trailing Blank track (cdrecord only; wodim has no -minfo)', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'd/a.txt': 'a' });
    const drive = createEmulatedDrive(dir);
    const blank = await burner(drive, 'cdrecord', ['-minfo', `dev=${drive.device}`]);
    expect(blank.stdout).toContain('disk status:              empty\n');
    expect(blank.stdout).toContain('    1     1 Blank  0          359848     359849\n');
    expect(blank.stdout).toContain('Next writable address:              0\nRemaining writable size:            359849\n');
    expect(blank.stdout).toContain('last start of lead in: -11607\nlast start of lead out: 359849\n');

    const iso = path.join(dir, 's.iso');
    await genisoimage(['-r', '-V', 'S', '-o', iso, path.join(dir, 'd')]);
    expect((await burner(drive, 'cdrecord', ['-tao', '-multi', `dev=${drive.device}`, iso])).exitCode).toBe(0);
    const m = await burner(drive, 'cdrecord', ['-minfo', `dev=${drive.device}`]);
    expect(m.stdout).toContain('Mounted media class:      CD\nMounted media type:       CD-R\nDisk Is not erasable\n');
    expect(m.stdout).toContain('disk status:              incomplete/appendable\nsession status:           empty\n');
    expect(m.stdout).toContain('number of sessions:       2\nfirst track in last sess: 2\nlast track in last sess:  2\n');
    expect(m.stdout).toContain('\nTrack  Sess Type   Start Addr End Addr   Size\n==============================================\n');
    expect(m.stdout).toContain('    1     1 Data   0          301        302\n');
    expect(m.stdout).toContain(`    2     2 Blank  11702      359848     ${359849 - 11702}\n`);
    expect(m.stdout).toMatch(/Last session start address:         0\nLast session leadout start address: 302\nNext writable address:              11702\nRemaining writable size:            348147\n$/);

    const wodim = await burner(drive, 'wodim', ['-minfo', `dev=${drive.device}`]);
    expect(wodim.exitCode).toBe(255);
    expect(wodim.stdout).toBe('');
    // Exactly what the real wodim 1.1.11 installed here prints for -minfo.
    const real = await execa('wodim', ['-minfo', 'dev=/dev/null'], { reject: false });
    expect(wodim.stderr).toBe(`${String(real.stderr)}\n`);
    expect(real.exitCode).toBe(255);
  });

  it('reports the ATIP of 80 and 74 minute CD-Rs and a CD-RW in each variant\'s format', async () => {
    const dir = await tempDir();
    const d80 = createEmulatedDrive(dir, { imageName: 'a.img' });
    const atip = await burner(d80, 'cdrecord', ['-atip', `dev=${d80.device}`]);
    expect(atip.exitCode).toBe(0);
    expect(atip.stdout).toContain(
      'ATIP info from disk:\n  Indicated writing power: 5\nDisk Is not unrestricted\nDisk Is not erasable\n' +
        '  Disk sub type: Medium Type B, low Beta category (B-) (4)\n' +
        '  ATIP start of lead in:  -11607 (97:27/18)\n  ATIP start of lead out: 359849 (79:59/74)\n' +
        'Disk type:    Short strategy type (Phthalocyanine or similar)\nManuf. index: 18\nManufacturer: Plasmon Data systems Ltd.\n',
    );
    const watip = await burner(d80, 'wodim', ['-atip', `dev=${d80.device}`]);
    expect(watip.stdout).toContain('  Is not unrestricted\n  Is not erasable\n');

    const d74 = createEmulatedDrive(dir, { imageName: 'b.img', minutes: 74 });
    expect((await burner(d74, 'cdrecord', ['-atip', `dev=${d74.device}`])).stdout).toContain('  ATIP start of lead out: 332850 (74:00/00)\n');
    const rw = createEmulatedDrive(dir, { imageName: 'c.img', media: 'cd-rw' });
    const rwAtip = await burner(rw, 'cdrecord', ['-atip', `dev=${rw.device}`]);
    expect(rwAtip.stdout).toContain('Disk Is erasable\n');
    expect(rwAtip.stdout).toContain('  ATIP start of lead in:  -12900 (97:10/00)\n');
    expect((await burner(rw, 'cdrecord', ['-minfo', `dev=${rw.device}`])).stdout).toContain('Mounted media type:       CD-RW\n');
  });
});

describe('cdr emulator: refusals', () => {
  it('refuses a write that does not fit, before reading any data', async () => {
    const dir = await tempDir();
    const drive = createEmulatedDrive(dir);
    const before = readFileSync(drive.statePath, 'utf8');
    const run = await burner(drive, 'cdrecord', ['-v', '-tao', '-multi', `dev=${drive.device}`, 'tsize=360000s', '-'], { input: Buffer.alloc(SECTOR) });
    expect(run.exitCode).toBe(255);
    expect(run.stdout).toContain('Blocks total: 359849 Blocks current: 359849 Blocks remaining: -153\n');
    expect(run.stderr).toContain(
      'cdrecord: WARNING: Data may not fit on current disk.\n' +
        'cdrecord: Notice: Use -overburn option to write more than the official disk capacity.\n' +
        'cdrecord: Notice: Most CD-writers do overburning only on SAO or RAW mode.\n',
    );
    expect(run.stdout).not.toContain('Last chance to quit');
    expect(readFileSync(drive.statePath, 'utf8')).toBe(before);
  });

  it('stops at 99 tracks (a synthetic disc: no real 80-minute CD-R has room for 99 sessions)', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'x.bin': Buffer.alloc(300 * SECTOR) });
    const drive = createEmulatedDrive(dir);
    const state = drive.readState();
    state.atip.leadOut = 900000; // room for the synthetic layout below
    let start = 0;
    for (let no = 1; no <= 99; no++) {
      state.tracks.push({ no, session: no, start, size: 300, runout: 2, mode: 2, xa: true });
      start += 302 + (no === 1 ? 11400 : 6900);
    }
    state.sessionsClosed = 99;
    drive.writeState(state);
    const ms = await burner(drive, 'wodim', ['-msinfo', `dev=${drive.device}`]);
    expect(ms.stdout).toBe(`${state.tracks[98]!.start},${start}\n`);
    const run = await burner(drive, 'wodim', ['-tao', '-multi', `dev=${drive.device}`, path.join(dir, 'x.bin')]);
    expect(run.exitCode).toBe(255);
    expect(run.stderr).toContain('wodim: Too many tracks for this disk, last track number is 100.\n');
    expect(drive.readState().tracks).toHaveLength(99);
  });

  it('-dummy goes through the motions and changes nothing', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'x.bin': Buffer.alloc(1200 * SECTOR, 7) });
    const drive = createEmulatedDrive(dir);
    const state = readFileSync(drive.statePath, 'utf8');
    const image = sha1(drive.imagePath);
    const run = await burner(drive, 'cdrecord', ['-v', '-dummy', '-tao', '-multi', `dev=${drive.device}`, path.join(dir, 'x.bin')]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('Starting to write CD/DVD/BD at speed 48 in dummy TAO mode for multi session.\n');
    expect(run.stdout).toContain('Last chance to quit, starting dummy write in 9 seconds.');
    expect(run.stdout).toContain("WARNING: Some drives don't like fixation in dummy mode.\n");
    // Progress as cdrecord 3.x prints it: no [buf] before the drive buffer (1088 KB) was filled once.
    expect(run.stdout).toMatch(/\rTrack 01:    1 of    2 MB written \(fifo 100%\)  48\.0x\.\rTrack 01:    2 of    2 MB written \(fifo 100%\) \[buf  99%\]  48\.0x\.\nTrack 01: Total bytes read\/written: 2457600\/2457600 \(1200 sectors\)\.\n/);
    expect(readFileSync(drive.statePath, 'utf8')).toBe(state);
    expect(sha1(drive.imagePath)).toBe(image);
    expect((await burner(drive, 'cdrecord', ['-msinfo', `dev=${drive.device}`])).stdout).toBe('');
  });

  it('prints each variant\'s version text and rejects global options after a track', async () => {
    const dir = await tempDir();
    const drive = createEmulatedDrive(dir);
    const c = await burner(drive, 'cdrecord', ['-version']);
    expect(c).toMatchObject({ exitCode: 0, stderr: '', stdout: 'Cdrecord-ProDVD-ProBD-Clone 3.02a09 (x86_64-pc-linux-gnu) Copyright (C) 1995-2019 Joerg Schilling\n' });
    const w = await burner(drive, 'wodim', ['-version']);
    const real = await execa('wodim', ['-version']);
    expect(w).toMatchObject({ exitCode: 0, stdout: '', stderr: `${String(real.stderr)}\n` });
    const late = await burner(drive, 'cdrecord', [`dev=${drive.device}`, 'x.iso', '-multi']);
    expect(late.exitCode).toBe(255);
    expect(late.stderr).toBe('cdrecord: Badly placed option. Global options must be before any track.\n');
  });
});

describe('cdr emulator: fault modes', () => {
  it('no-disc: "No disk / Wrong disk!" after the NOT READY sense, exit 255', async () => {
    const dir = await tempDir();
    const drive = createEmulatedDrive(dir);
    for (const program of ['cdrecord', 'wodim'] as const) {
      const run = await burner(drive, program, ['-msinfo', `dev=${drive.device}`], { env: drive.envWithFault('no-disc') });
      expect(run.exitCode).toBe(255);
      expect(run.stderr).toContain('Sense Code: 0x3A Qual 0x00 (medium not present) Fru 0x0\n');
      expect(run.stderr).toMatch(new RegExp(`\\n${program}: No disk / Wrong disk!\\n$`));
    }
    const wodim = await burner(drive, 'wodim', ['-msinfo', `dev=${drive.device}`], { env: drive.envWithFault('no-disc') });
    expect(wodim.stderr.split('\n')[0]).toBe('Errno: 5 (Input/output error), test unit ready scsi sendcmd: no error');
  });

  it('busy and permission-denied: the open failure of each variant, exit 255', async () => {
    const dir = await tempDir();
    const drive = createEmulatedDrive(dir);
    const busy = await burner(drive, 'wodim', ['-msinfo', `dev=${drive.device}`], { env: drive.envWithFault('busy') });
    expect(busy.exitCode).toBe(255);
    expect(busy.stderr).toBe(
      "wodim: Device or resource busy. \nCannot open SCSI driver!\nFor possible targets try 'wodim --devices' or 'wodim -scanbus'.\n" +
        "For possible transport specifiers try 'wodim dev=help'.\nFor IDE/ATAPI devices configuration, see the file README.ATAPI.setup from\nthe wodim documentation.\n",
    );
    const denied = await burner(drive, 'cdrecord', ['-msinfo', `dev=${drive.device}`], { env: drive.envWithFault('permission-denied') });
    expect(denied.exitCode).toBe(255);
    expect(denied.stderr).toMatch(new RegExp(`^cdrecord: Permission denied\\. Cannot open '${drive.device.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}'\\. Cannot open or use SCSI driver\\.\\n`));
    // A path that is not an emulated disc fails like the real wodim with a regular file.
    const plain = await burner(drive, 'wodim', ['-msinfo', `dev=${path.join(dir, 'nothing.img')}`]);
    expect(plain.stderr.split('\n')[0]).toBe('wodim: No such file or directory. ');
  });

  it('write-error-after:N writes N sectors, fails like cdrecord, and leaves the session open and damaged', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'x.bin': Buffer.alloc(400 * SECTOR, 0x5a) });
    const drive = createEmulatedDrive(dir);
    const run = await burner(drive, 'wodim', ['-tao', '-multi', `dev=${drive.device}`, path.join(dir, 'x.bin')], { env: drive.envWithFault('write-error-after:100') });
    expect(run.exitCode).toBe(254);
    expect(run.stderr).toContain('Errno: 5 (Input/output error), write_g1 scsi sendcmd: no error\nCDB:  2A 00 00 00 00 64 00 00 1F 00\n');
    expect(run.stderr).toContain('Sense Code: 0x0C Qual 0x00 (write error) Fru 0x0\n');
    expect(run.stdout).toContain(`write track data: error after ${100 * SECTOR} bytes\n`);
    expect(run.stderr).toContain('wodim: A write error occured.\nwodim: Please properly read the error message above.\n');
    expect(run.stderr).toContain('wodim: Cannot fixate disk.\n');
    // The 100 sectors before the error are on the disc, nothing after them.
    const image = readFileSync(drive.imagePath);
    expect(image.subarray(0, 100 * SECTOR).every((b) => b === 0x5a)).toBe(true);
    expect(image.length).toBe(100 * SECTOR);
    const state = drive.readState();
    expect(state.open).toEqual({ session: 1, damaged: true });
    expect(state.tracks[0]).toMatchObject({ start: 0, size: 100, partial: true });
    // -msinfo: no complete session yet; -minfo: an open, incomplete session.
    const ms = await burner(drive, 'cdrecord', ['-msinfo', `dev=${drive.device}`]);
    expect(ms.stderr).toMatch(/cdrecord: Cannot read session offset\.\n$/);
    const m = await burner(drive, 'cdrecord', ['-minfo', `dev=${drive.device}`]);
    expect(m.stdout).toContain('disk status:              incomplete/appendable\nsession status:           incomplete/appendable\n');
    // -fix closes the session around the partial track.
    expect((await burner(drive, 'cdrecord', ['-fix', `dev=${drive.device}`])).exitCode).toBe(0);
    const toc = await burner(drive, 'cdrecord', ['-toc', `dev=${drive.device}`]);
    expect(toc.stdout).toContain('track:lout lba:       102 (      408) 00:03:27 adr: 1 control: 4 mode: -1\n');
  });

  it('slow:MS_PER_MB slows the write down and the progress shows the measured speed', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'x.bin': Buffer.alloc(1024 * 1024 * 2, 1) });
    const drive = createEmulatedDrive(dir);
    const started = Date.now();
    const run = await burner(drive, 'cdrecord', ['-v', '-tao', `dev=${drive.device}`, path.join(dir, 'x.bin')], { env: drive.envWithFault('slow:300') });
    expect(run.exitCode).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(550);
    const speeds = [...run.stdout.matchAll(/MB written \(fifo 100%\)(?: \[buf  99%\])? +([\d.]+)x\./g)].map((m) => Number(m[1]));
    expect(speeds.length).toBe(2);
    for (const s of speeds) expect(s).toBeLessThan(40); // 1 MB = 512 sectors = 6.8 s of audio at 1x; 0.3 s -> ~23x
    // Without -multi the disc is closed after the session.
    expect(drive.readState().finalized).toBe(true);
  });
});

describe('cdr emulator: what a drive call costs', () => {
  it('CDR_EMULATOR_CALL_LOG records each call that opens the drive, CDR_EMULATOR_CALL_MS makes each wait', async () => {
    const dir = await tempDir();
    const drive = createEmulatedDrive(dir);
    const log = path.join(dir, 'calls.log');
    const env = { ...drive.env, CDR_EMULATOR_CALL_LOG: log, CDR_EMULATOR_CALL_MS: '400' };
    expect((await burner(drive, 'wodim', ['-version'], { env })).exitCode).toBe(0);
    const started = Date.now();
    await burner(drive, 'wodim', ['-msinfo', `dev=${drive.device}`], { env });
    expect((await burner(drive, 'wodim', [`dev=${drive.device}`, '-atip'], { env })).exitCode).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(800);
    // -version opens no drive: not a drive call
    expect(readFileSync(log, 'utf8')).toBe('-msinfo\n-atip\n');
  });
});

// the tests insert their discs in their own process and run the emulator bundled: its sources,
// run as they stand, must do the same
describe('cdr emulator: run from its sources', () => {
  it('--emulator-insert makes the blank disc the bundled emulator reads, and refuses a medium it does not know', async () => {
    const dir = await tempDir();
    const image = path.join(dir, 'own.img');
    const source = (args: string[]) => execa(process.execPath, [EMULATOR_SOURCE, ...args], { reject: false, stdin: 'ignore', stripFinalNewline: false, env: { ...process.env, CDR_EMULATOR_VARIANT: 'wodim' } });
    expect((await source(['--emulator-insert', image, '--media', 'cd-rw', '--minutes', '80'])).exitCode).toBe(0);
    const drive = createEmulatedDrive(dir, { variant: 'wodim', media: 'cd-rw' });
    expect(readFileSync(`${image}.cdr.json`, 'utf8')).toBe(readFileSync(drive.statePath, 'utf8'));
    const fromSources = await source([`dev=${image}`, '-atip']);
    const bundled = await burner(drive, 'wodim', [`dev=${drive.imagePath}`, '-atip']);
    expect(fromSources.exitCode).toBe(0);
    expect(fromSources.stdout).toBe(bundled.stdout.replaceAll(drive.imagePath, image));
    const unknown = await source(['--emulator-insert', image, '--media', 'dvd-r']);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toBe('cdrecord-emulator: unsupported medium dvd-r 80 min (cd-r|cd-rw, 80|74)\n');
  });
});
