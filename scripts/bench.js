#!/usr/bin/env node
// `npm run bench`: burnplan side by side with its baselines, measured in the same run
// (median of several runs after a warm-up), written to BENCHMARKS.md. It grows with each
// command; speed is measured here, never asserted in tests.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, mkdirSync, openSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin/burnplan.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function timeCommand(command, args, runs = RUNS) {
  spawnSync(command, args, { stdio: 'ignore' }); // warm-up
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(command, args, { stdio: 'ignore' });
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (result.status !== 0 && result.status !== 1) throw new Error(`${command} ${args.join(' ')} exited ${result.status}`);
  }
  return median(samples);
}

const work = mkdtempSync(path.join(tmpdir(), 'burnplan-bench-'));
try {
  mkdirSync(path.join(work, 'data'));
  writeFileSync(path.join(work, 'data/a.txt'), 'a');
  const sessions = Array.from({ length: 99 }, (_, i) => `  - label: S${i + 1}\n    files: [./data]\n`).join('');
  const plan99 = path.join(work, 'plan99.yaml');
  writeFileSync(plan99, `version: 1\ndisc:\n  id: bench\n  media: cd-r\nsessions:\n${sessions}`);

  const rows = [];
  const nodeBaseline = timeCommand(process.execPath, ['-e', '0']);
  const help = timeCommand(process.execPath, [bin, '--help']);
  rows.push(['`burnplan --help`', help, '`node -e 0`', nodeBaseline]);
  const validate = timeCommand(process.execPath, [bin, 'validate', plan99]);
  rows.push(['`burnplan validate` (99 sessions)', validate, '`node -e 0`', nodeBaseline]);

  const disc99 = path.join(work, 'disc99.iso');
  build99SessionDisc(disc99, path.join(work, 'data'));
  const xorrisoToc = timeCommand('xorriso', ['-outdev', `stdio:${disc99}`, '-toc']);
  const status = timeCommand(process.execPath, [bin, 'status', '--device', `stdio:${disc99}`]);
  rows.push(['`burnplan status` (99-session virtual disc)', status, '`xorriso -outdev stdio:… -toc`', xorrisoToc]);

  // the same 99 sessions planned (adopted by label: every fingerprint is still computed)
  const plan99disc = path.join(work, 'plan99-disc.yaml');
  writeFileSync(plan99disc, `version: 1\ndisc:\n  id: bench\n  device: stdio:./disc99.iso\n  backend: xorriso\nsessions:\n${sessions}`);
  const diff = timeCommand(process.execPath, [bin, 'diff', plan99disc]);
  rows.push(['`burnplan diff` (99 sessions in sync)', diff, '`xorriso -outdev stdio:… -toc`', xorrisoToc]);

  // apply 99 small sessions to a blank virtual disc, against a shell loop of the same commands
  const applyPlan = path.join(work, 'apply99.yaml');
  writeFileSync(applyPlan, `version: 1\ndisc:\n  id: bench\n  device: stdio:./apply99.iso\n  backend: xorriso\nsessions:\n${sessions}`);
  const script = path.join(work, 'raw-loop.sh');
  // the commands diff prints, with the files they read (each session's carried catalog), which
  // an apply removes when it ends: written again before each run of the loop
  const writeRawLoop = () => {
    rmSync(path.join(work, 'apply99.iso'), { force: true });
    const preview = JSON.parse(execFileSync(process.execPath, [bin, 'diff', '--json', applyPlan], { encoding: 'utf8' }));
    writeFileSync(script, preview.actions.map((a) => a.commands.map((c) => [c.program, ...c.args].map(shellQuote).join(' ')).join(' | ')).map((l) => `${l} >/dev/null 2>&1`).join('\n') + '\n');
  };
  const applyRuns = Number(process.env.BENCH_APPLY_RUNS ?? 3);
  const fresh = (fn, runs = applyRuns) => {
    const samples = [];
    for (let i = 0; i < runs; i++) {
      rmSync(path.join(work, 'apply99.iso'), { force: true });
      execFileSync('sync');
      const start = process.hrtime.bigint();
      fn();
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    return median(samples);
  };
  // interleaved, so that the file system's write-back of one run weighs on all alike
  // xorriso's own commit time varies by up to a second per session here (more than burnplan's
  // overhead over 99 sessions), so these take more runs than the others
  const runs99 = { raw: [], applied: [], noVerify: [] };
  for (let i = 0; i < Number(process.env.BENCH_99_RUNS ?? 5); i++) {
    writeRawLoop();
    runs99.raw.push(fresh(() => execFileSync('bash', ['-e', script], { stdio: 'ignore' }), 1));
    runs99.applied.push(fresh(() => execFileSync(process.execPath, [bin, 'apply', applyPlan, '--yes'], { stdio: 'ignore', env: { ...process.env, CI: '1' } }), 1));
    runs99.noVerify.push(fresh(() => execFileSync(process.execPath, [bin, 'apply', applyPlan, '--yes', '--no-verify'], { stdio: 'ignore', env: { ...process.env, CI: '1' } }), 1));
  }
  const raw = median(runs99.raw);
  const applied = median(runs99.applied);
  const appliedNoVerify = median(runs99.noVerify);
  rows.push(['`burnplan apply` (99 sessions from blank, verified)', applied, 'the same xorriso commands in a shell loop', raw]);
  rows.push(['`burnplan apply --no-verify` (99 sessions)', appliedNoVerify, 'the same xorriso commands in a shell loop', raw]);

  // one 2 GiB session: burnplan against the raw xorriso command it runs; burnplan's peak RSS
  mkdirSync(path.join(work, 'big'));
  execFileSync('head', ['-c', String(2 * 1024 ** 3), '/dev/zero'], { stdio: ['ignore', openSync(path.join(work, 'big/2GiB.bin'), 'w'), 'ignore'] });
  const bigPlan = path.join(work, 'big.yaml');
  writeFileSync(bigPlan, 'version: 1\ndisc:\n  id: big\n  device: stdio:./big.iso\n  backend: xorriso\nsessions:\n  - label: Big\n    files: [./big]\n');
  // the command diff prints reads the session's carried catalog, which each apply removes at its end
  const bigCommand = () => {
    rmSync(path.join(work, 'big.iso'), { force: true });
    return JSON.parse(execFileSync(process.execPath, [bin, 'diff', '--json', bigPlan], { encoding: 'utf8' })).actions[0].commands[0];
  };
  const once = (fn) => {
    rmSync(path.join(work, 'big.iso'), { force: true });
    execFileSync('sync'); // the last run's 2 GiB of write-back must not weigh on this one
    const start = process.hrtime.bigint();
    const result = fn();
    return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
  };
  // interleaved, so that page-cache write-back of one run weighs on all alike
  const big = { raw: [], plain: [], verified: [] };
  for (let i = 0; i < applyRuns; i++) {
    const command = bigCommand();
    big.raw.push(once(() => execFileSync(command.program, command.args, { stdio: 'ignore' })));
    big.plain.push(once(() => peakRss(process.execPath, [bin, 'apply', bigPlan, '--yes', '--no-verify'])));
    big.verified.push(once(() => peakRss(process.execPath, [bin, 'apply', bigPlan, '--yes'])));
  }
  const mid = (runs) => ({ ms: median(runs.map((r) => r.ms)), result: Math.max(...runs.map((r) => r.result ?? 0)) });
  const rawBig = mid(big.raw);
  const applyBig = mid(big.plain);
  const applyBigVerified = mid(big.verified);
  rows.push([`\`burnplan apply --no-verify\` (one 2 GiB session; peak RSS ${applyBig.result} MiB)`, applyBig.ms, 'the raw xorriso command', rawBig.ms]);
  rows.push([`\`burnplan apply\` (one 2 GiB session, MD5 read-back; peak RSS ${applyBigVerified.result} MiB)`, applyBigVerified.ms, 'the raw xorriso command', rawBig.ms]);

  // verify: the 2 GiB session read back against xorriso's MD5s, against reading the same bytes
  // with cat (page-cached, as a virtual disc is) and hashing them with md5sum
  const bigIso = path.join(work, 'big.iso');
  const verifyRuns = Math.max(3, Math.floor(RUNS / 3));
  const timeShell = (command) => timeCommand('bash', ['-c', command], verifyRuns);
  const catBig = timeShell(`cat '${bigIso}' > /dev/null`);
  const md5Big = timeShell(`md5sum '${bigIso}' > /dev/null`);
  const verifyBig = timeCommand(process.execPath, [bin, 'verify', bigPlan], verifyRuns);
  const verifyBigRss = peakRss(process.execPath, [bin, 'verify', bigPlan]);
  rows.push([`\`burnplan verify\` (one 2 GiB session, page-cached; peak RSS ${verifyBigRss} MiB)`, verifyBig, '`cat` of the disc file', catBig]);
  rows.push(['`burnplan verify` (one 2 GiB session, page-cached)', verifyBig, '`md5sum` of the disc file', md5Big]);
  rows.push(benchVerifyManyFiles(work, verifyRuns));
  rows.push(...benchRecovery(work, applyBig.ms, rawBig.ms));

  rows.push(...benchCdrecordPath(work));
  rows.push(...benchXorrisoDriveCalls(work));
  rows.push(...benchTwoDrives(work));
  rows.push(...benchLargeTree(work));
  rows.push(...benchLongPlan(work));

  const versions = {
    node: process.version,
    xorriso: safe(() => execFileSync('xorriso', ['-version'], { encoding: 'utf8' }).split('\n')[0]),
  };
  const lines = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: median of ${RUNS} runs after a warm-up (apply: median of ${Number(process.env.BENCH_APPLY_RUNS ?? 3)} runs, 99 sessions: ${Number(process.env.BENCH_99_RUNS ?? 5)} runs, each on a fresh virtual disc, interleaved with its baseline).`,
    '',
    "xorriso's own commit time varies by up to a second per session on these machines, so the 99-session rows move by ±20 % from one run to the next.",
    '',
    "The 2 GiB verify rows hash one file: a file's digest is one stream that cannot be split between cores, so it is hashed on one, at `md5sum`'s pace. A session of many files is hashed on every core (the 400 \u00d7 1 MiB row); what stays above `md5sum` there is the fixed part (Node's start-up, the table of contents, the directory tree, xorriso's list of MD5s: about 0.3 s, as `status` of the same disc shows), while the hashing itself takes about half of `md5sum`'s time on two cores.",
    '',
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}; Node ${versions.node}; ${versions.xorriso ?? 'xorriso not installed'}.`,
    '',
    '| what | burnplan | baseline | baseline time | ratio |',
    '| --- | ---: | --- | ---: | ---: |',
    ...rows.map(([what, value, baseline, baseValue, unit = 'ms']) => `| ${what} | ${value.toFixed(0)} ${unit} | ${baseline} | ${baseValue.toFixed(0)} ${unit} | ${(value / baseValue).toFixed(2)}× |`),
    '',
  ];
  writeFileSync(path.join(root, 'BENCHMARKS.md'), lines.join('\n'));
  process.stdout.write(lines.join('\n'));
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * What recovery data costs: the same 2 GiB session burned with `recovery: 10%` (par2 computes
 * it before the burn, then it is burned too), once, against the medians without it.
 */
function benchRecovery(work, plainMs, rawMs) {
  const plan = path.join(work, 'big-recovery.yaml');
  writeFileSync(plan, 'version: 1\ndisc:\n  id: big\n  device: stdio:./big-recovery.iso\n  backend: xorriso\ndefaults:\n  recovery: 10%\nsessions:\n  - label: Big\n    files: [./big]\n');
  rmSync(path.join(work, 'big-recovery.iso'), { force: true });
  execFileSync('sync');
  const start = process.hrtime.bigint();
  const report = JSON.parse(execFileSync(process.execPath, [bin, 'apply', plan, '--yes', '--no-verify', '--json'], { encoding: 'utf8', env: { ...process.env, CI: '1' } }));
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  rmSync(path.join(work, 'big-recovery.iso'), { force: true });
  const mib = (report.sessions[0].recovery.bytes / 1024 ** 2).toFixed(0);
  const what = `\`burnplan apply --no-verify\` (one 2 GiB session with \`recovery: 10%\`: ${mib} MiB of PAR2 data made and burned)`;
  return [
    [what, ms, '`burnplan apply --no-verify` of the same session without recovery data', plainMs],
    [what, ms, 'the raw xorriso command without recovery data', rawMs],
  ];
}

/**
 * The cdrecord path on the emulated CD-R (test/cdr-emulator): burnplan's mkisofs piped into
 * wodim, against the seed recipe by hand (an image file per session, then wodim burns it).
 */
function benchCdrecordPath(work) {
  const rows = [];
  const emulator = path.join(root, 'test/cdr-emulator/cdrecord-emulator.mjs');
  const dir = path.join(work, 'cdr');
  const emulatorBin = path.join(dir, 'bin');
  mkdirSync(emulatorBin, { recursive: true });
  symlinkSync(emulator, path.join(emulatorBin, 'wodim'));
  const env = { ...process.env, PATH: `${emulatorBin}${path.delimiter}${process.env.PATH}`, BURNPLAN_CDRECORD: path.join(emulatorBin, 'wodim'), CI: '1' };
  const sizes = [120, 120]; // MiB per session: two sessions fill a third of an 80-minute CD-R
  sizes.forEach((mib, i) => {
    mkdirSync(path.join(dir, `s${i + 1}`));
    execFileSync('head', ['-c', String(mib * 1024 * 1024), '/dev/urandom'], { stdio: ['ignore', openSync(path.join(dir, `s${i + 1}/data-${i + 1}.bin`), 'w'), 'ignore'] });
  });
  const image = path.join(dir, 'disc.img');
  const insert = () => {
    rmSync(image, { force: true });
    rmSync(`${image}.cdr.json`, { force: true });
    execFileSync(process.execPath, [emulator, '--emulator-insert', image, '--media', 'cd-r', '--minutes', '80']);
    execFileSync('sync');
  };
  const plan = path.join(dir, 'plan.yaml');
  const sessions = sizes.map((_, i) => `  - label: S${i + 1}\n    files: [./s${i + 1}]\n`).join('');
  writeFileSync(plan, `version: 1\ndisc:\n  id: bench-cd\n  media: cd-r\n  device: stdio:./disc.img\n  backend: cdrecord\nsessions:\n${sessions}`);
  const timed = (fn) => {
    insert();
    const start = process.hrtime.bigint();
    const result = fn();
    return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
  };
  const seedRecipe = (recipeEnv = env) => {
    let tempBytes = 0;
    sizes.forEach((_, i) => {
      const msinfo = execFileSync('wodim', [`dev=${image}`, '-msinfo'], { env: recipeEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      const temp = path.join(dir, `s${i + 1}.iso`);
      const append = i === 0 ? [] : ['-C', msinfo, '-M', image];
      execFileSync('genisoimage', ['-quiet', '-r', '-J', '-V', `S${i + 1}`, ...append, '-o', temp, path.join(dir, `s${i + 1}`)], { stdio: 'ignore' });
      tempBytes += statSync(temp).size;
      execFileSync('wodim', ['-v', `dev=${image}`, '-tao', '-multi', temp], { env: recipeEnv, stdio: 'ignore' });
      rmSync(temp);
    });
    return tempBytes;
  };
  const runs = Number(process.env.BENCH_APPLY_RUNS ?? 3);
  const seed = [];
  const piped = [];
  const pipedVerified = [];
  for (let i = 0; i < runs; i++) {
    seed.push(timed(seedRecipe));
    piped.push(timed(() => execFileSync(process.execPath, [bin, 'apply', plan, '--yes', '--no-verify'], { env, stdio: 'ignore' })));
    pipedVerified.push(timed(() => execFileSync(process.execPath, [bin, 'apply', plan, '--yes'], { env, stdio: 'ignore' })));
  }
  const ms = (runs) => median(runs.map((r) => r.ms));
  const tempMiB = (seed[0].result / 1024 ** 2).toFixed(0);
  // the emulator is a Node program: each call costs what a real cdrecord's does not
  insert();
  const call = timeCommand(path.join(emulatorBin, 'wodim'), [`dev=${image}`, '-atip'], 5);
  rows.push([`one call of the emulated \`wodim -atip\` (a first disc read takes 3 such calls, a read after a burn 2)`, call, '`node -e 0`', timeCommand(process.execPath, ['-e', '0'], 5)]);
  // what a real drive makes of it: each call that opens the drive counted, then made to cost a second
  const log = path.join(dir, 'calls.log');
  // xorriso opens the drive too when it reads a session there (its MD5s): those calls count
  const xorrisoLogged = path.join(dir, 'xorriso-logged');
  writeFileSync(xorrisoLogged, `#!/bin/sh\ncase "$*" in *'${image}'*) printf 'xorriso %s\\n' "$*" >> '${log}';; esac\nexec xorriso "$@"\n`);
  chmodSync(xorrisoLogged, 0o755);
  const driveCalls = (fn) => {
    rmSync(log, { force: true });
    insert();
    fn({ ...env, CDR_EMULATOR_CALL_LOG: log, BURNPLAN_XORRISO: xorrisoLogged });
    return readFileSync(log, 'utf8').split('\n').filter(Boolean).length;
  };
  const applyCalls = driveCalls((e) => execFileSync(process.execPath, [bin, 'apply', plan, '--yes'], { env: e, stdio: 'ignore' }));
  const seedCalls = driveCalls((e) => seedRecipe(e));
  // cdrtools' cdrecord reads a disc in one call (-minfo); wodim has no -minfo, and cdrecord and
  // wodim end after their first of -atip, -msinfo and -toc, so wodim needs one call for each
  const cdrecordBin = path.join(dir, 'bin-cdrecord');
  mkdirSync(cdrecordBin, { recursive: true });
  symlinkSync(emulator, path.join(cdrecordBin, 'cdrecord'));
  const cdrecordCalls = driveCalls((e) => execFileSync(process.execPath, [bin, 'apply', plan, '--yes'], { env: { ...e, BURNPLAN_CDRECORD: path.join(cdrecordBin, 'cdrecord') }, stdio: 'ignore' }));
  rows.push([`drive calls of \`burnplan apply\`, cdrecord path through \`wodim\` (2 sessions, verified; ${(applyCalls / sizes.length).toFixed(1)} a session, xorriso's reads of the drive included)`, applyCalls, 'the seed recipe by hand (`-msinfo` and the write, per session)', seedCalls, 'calls']);
  rows.push([`drive calls of \`burnplan apply\` through cdrtools \`cdrecord\` (2 sessions, verified; ${(cdrecordCalls / sizes.length).toFixed(1)} a session, xorriso's reads of the drive included)`, cdrecordCalls, 'the goal: one read before, then the write and one re-read per session', 1 + 2 * sizes.length, 'calls']);
  const slow = { ...env, CDR_EMULATOR_CALL_MS: '1000' };
  const slowApply = timed(() => execFileSync(process.execPath, [bin, 'apply', plan, '--yes', '--no-verify'], { env: slow, stdio: 'ignore' }));
  const slowSeed = timed(() => seedRecipe(slow));
  rows.push(['`burnplan apply --no-verify`, cdrecord path (2 × 120 MiB), each drive call costing 1 s as on a real drive', slowApply.ms, 'the seed recipe by hand, each drive call costing 1 s', slowSeed.ms]);
  return [
    [`\`burnplan apply --no-verify\`, cdrecord path (2 × 120 MiB, piped; temporary image bytes: 0)`, ms(piped), `the seed recipe by hand (image files first: ${tempMiB} MiB written)`, ms(seed)],
    ['`burnplan apply`, cdrecord path (2 × 120 MiB, checksums recorded and read back)', ms(pipedVerified), 'the seed recipe by hand (no checksums, no read-back)', ms(seed)],
    ...rows,
  ];
}

/**
 * The calls that open the drive on the xorriso path, counted through a wrapper that logs each
 * xorriso run: the ones naming the device (measuring a later session on its own uses a blank
 * pseudo drive, not the disc).
 */
function benchXorrisoDriveCalls(work) {
  const dir = path.join(work, 'xorriso-calls');
  const sessions = 3;
  for (let i = 1; i <= sessions; i++) {
    mkdirSync(path.join(dir, `s${i}`), { recursive: true });
    writeFileSync(path.join(dir, `s${i}/file-${i}.txt`), `session ${i}\n`);
  }
  const log = path.join(dir, 'calls.log');
  const wrapper = path.join(dir, 'xorriso-logged');
  writeFileSync(wrapper, `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec xorriso "$@"\n`);
  chmodSync(wrapper, 0o755);
  const disc = path.join(dir, 'disc.iso');
  const plan = path.join(dir, 'plan.yaml');
  const list = Array.from({ length: sessions }, (_, i) => `  - label: S${i + 1}\n    files: [./s${i + 1}]\n`).join('');
  writeFileSync(plan, `version: 1\ndisc:\n  id: bench-calls\n  device: stdio:./disc.iso\n  backend: xorriso\nsessions:\n${list}`);
  execFileSync(process.execPath, [bin, 'apply', plan, '--yes'], { env: { ...process.env, BURNPLAN_XORRISO: wrapper, CI: '1' }, stdio: 'ignore' });
  const countCalls = () => readFileSync(log, 'utf8').split('\n').filter((line) => line.includes(disc)).length;
  const calls = countCalls();
  writeFileSync(log, '');
  execFileSync(process.execPath, [bin, 'verify', plan], { env: { ...process.env, BURNPLAN_XORRISO: wrapper }, stdio: 'ignore' });
  const verifyCalls = countCalls();
  return [
    [`drive calls of \`burnplan apply\`, xorriso path (${sessions} sessions, verified; ${(calls / sessions).toFixed(1)} a session)`, calls, 'the xorriso commands by hand (one `-commit` a session)', sessions, 'calls'],
    [`drive calls of \`burnplan verify\`, xorriso path (the same ${sessions} sessions)`, verifyCalls, 'the goal: one TOC read, then the MD5s of every session in one run', 2, 'calls'],
  ];
}

/**
 * Two copies of one disc: one apply on two drives at once, against the same two burns one
 * after another (goal: at most 0.6 times). On virtual discs (xorriso), and on two emulated CD-R
 * drives whose every call costs a second, as a real drive's does.
 */
function benchTwoDrives(work) {
  const dir = path.join(work, 'two-drives');
  mkdirSync(path.join(dir, 'data'), { recursive: true });
  execFileSync('head', ['-c', String(200 * 1024 * 1024), '/dev/urandom'], { stdio: ['ignore', openSync(path.join(dir, 'data/photos.bin'), 'w'), 'ignore'] });
  const emulator = path.join(root, 'test/cdr-emulator/cdrecord-emulator.mjs');
  const emulatorBin = path.join(dir, 'bin');
  mkdirSync(emulatorBin);
  symlinkSync(emulator, path.join(emulatorBin, 'wodim'));
  const cdEnv = { ...process.env, PATH: `${emulatorBin}${path.delimiter}${process.env.PATH}`, BURNPLAN_CDRECORD: path.join(emulatorBin, 'wodim'), CDR_EMULATOR_CALL_MS: '1000', CI: '1' };
  const families = [
    { name: 'xorriso, virtual discs', backend: 'xorriso', media: 'any', env: { ...process.env, CI: '1' }, disc: (i) => path.join(dir, `copy-${i}.iso`), insert: () => undefined },
    {
      name: 'cdrecord path, emulated CD-R drives, 1 s a drive call',
      backend: 'cdrecord',
      media: 'cd-r',
      env: cdEnv,
      disc: (i) => path.join(dir, `copy-${i}.img`),
      insert: (file) => execFileSync(process.execPath, [emulator, '--emulator-insert', file, '--media', 'cd-r', '--minutes', '80']),
    },
  ];
  const rows = [];
  const runs = Number(process.env.BENCH_APPLY_RUNS ?? 3);
  for (const family of families) {
    const plan = path.join(dir, `${family.backend}.yaml`);
    writeFileSync(plan, `version: 1\ncopies: 2\ndisc:\n  id: two-copies\n  media: ${family.media}\n  backend: ${family.backend}\nsessions:\n  - label: Photos\n    files: [./data]\n`);
    const fresh = () => {
      // the catalog the last run wrote knows both copies: a blank disc would not become one again
      rmSync(path.join(dir, `${family.backend}.catalog.json`), { force: true });
      for (const i of [1, 2]) {
        rmSync(family.disc(i), { force: true });
        rmSync(`${family.disc(i)}.cdr.json`, { force: true });
        family.insert(family.disc(i));
      }
      execFileSync('sync');
    };
    const apply = (args) => execFileSync(process.execPath, [bin, 'apply', plan, '--yes', ...args], { env: family.env, stdio: 'ignore' });
    const timedRun = (fn) => {
      fresh();
      const start = process.hrtime.bigint();
      fn();
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    const parallel = [];
    const serial = [];
    for (let i = 0; i < runs; i++) {
      parallel.push(timedRun(() => apply(['--device', `stdio:${family.disc(1)}`, '--device', `stdio:${family.disc(2)}`])));
      serial.push(timedRun(() => [1, 2].forEach((copy) => apply(['--copy', String(copy), '--device', `stdio:${family.disc(copy)}`]))));
    }
    rows.push([`\`burnplan apply\`, two copies (200 MiB, verified) on two drives at once (${family.name})`, median(parallel), 'the same two applies one after another', median(serial)]);
  }
  return rows;
}

/**
 * verify of a session of 400 files of 1 MiB (random bytes, page-cached): hashed on every core
 * against md5sum hashing the whole disc file on one.
 */
function benchVerifyManyFiles(work, runs) {
  const dir = path.join(work, 'many-files');
  mkdirSync(path.join(dir, 'data'), { recursive: true });
  for (let i = 0; i < 400; i++) execFileSync('head', ['-c', String(1024 ** 2), '/dev/urandom'], { stdio: ['ignore', openSync(path.join(dir, 'data', `f${i}.bin`), 'w'), 'ignore'] });
  const plan = path.join(dir, 'plan.yaml');
  writeFileSync(plan, 'version: 1\ndisc:\n  id: many-files\n  device: stdio:./disc.iso\n  backend: xorriso\nsessions:\n  - label: Files\n    files: [./data]\n');
  execFileSync(process.execPath, [bin, 'apply', plan, '--yes', '--no-verify'], { env: { ...process.env, CI: '1' }, stdio: 'ignore' });
  const md5 = timeCommand('bash', ['-c', `md5sum '${path.join(dir, 'disc.iso')}' > /dev/null`], runs);
  const verify = timeCommand(process.execPath, [bin, 'verify', plan], runs);
  const rss = peakRss(process.execPath, [bin, 'verify', plan]);
  return [`\`burnplan verify\` (one session of 400 × 1 MiB files, page-cached, ${cpus().length} cores; peak RSS ${rss} MiB)`, verify, '`md5sum` of the disc file', md5];
}

/**
 * A source of 100,000 files in 1,000 folders: diff of a session burned from it (in sync: the
 * tree is walked and fingerprinted, nothing measured) against find listing the same tree with
 * sizes and times, and its peak memory. Goal: Node's start-up plus twice find's time.
 */
function benchLargeTree(work) {
  const dir = path.join(work, 'large-tree');
  for (let d = 0; d < 1000; d++) {
    const folder = path.join(dir, 'data', `d${String(d).padStart(4, '0')}`);
    mkdirSync(folder, { recursive: true });
    for (let f = 0; f < 100; f++) writeFileSync(path.join(folder, `f${f}.txt`), `${d}/${f}\n`);
  }
  const plan = path.join(dir, 'plan.yaml');
  writeFileSync(plan, 'version: 1\ndisc:\n  id: large-tree\n  device: stdio:./disc.iso\n  backend: xorriso\nsessions:\n  - label: Tree\n    files: [./data]\n');
  execFileSync(process.execPath, [bin, 'apply', plan, '--yes', '--no-verify'], { env: { ...process.env, CI: '1' }, stdio: 'ignore' });
  const runs = Math.max(3, Math.floor(RUNS / 3));
  const diff = timeCommand(process.execPath, [bin, 'diff', plan], runs);
  const find = timeCommand('find', [path.join(dir, 'data'), '-type', 'f', '-printf', '%s %T@\n'], runs);
  const node = timeCommand(process.execPath, ['-e', '0'], runs);
  const rss = peakRss(process.execPath, [bin, 'diff', plan]);
  return [
    [`\`burnplan diff\` (a session of 100,000 files in sync; peak RSS ${rss} MiB)`, diff, '`find SOURCE -type f -printf \'%s %T@\\n\'`', find],
    [`\`burnplan diff\` (the same) against the goal`, diff, 'Node\'s start-up plus twice find\'s time', node + 2 * find],
  ];
}

/**
 * A plan that has lived for years: 40 sessions of 2,000 files each, against the same 80,000
 * paths in one session (40 grafts of the same folder). The checks across sessions (a file over
 * an earlier folder, a name in another case) and the catalog each session carries are what the
 * sessions add; where they are linear, the ratio stays near 1.
 */
function benchLongPlan(work) {
  const dir = path.join(work, 'long-plan');
  mkdirSync(path.join(dir, 'data'), { recursive: true });
  for (let f = 0; f < 2000; f++) writeFileSync(path.join(dir, 'data', `f${f}.txt`), '');
  const grafts = (i) => `{ source: ./data, target: /s${i + 1} }`;
  const head = (device) => `version: 1\ndisc:\n  id: long\n  media: bd-r\n  device: stdio:./${device}\n  backend: xorriso\nsessions:\n`;
  const many = path.join(dir, 'many.yaml');
  writeFileSync(many, head('many.iso') + Array.from({ length: 40 }, (_, i) => `  - label: S${i + 1}\n    files: [${grafts(i)}]\n`).join(''));
  const one = path.join(dir, 'one.yaml');
  writeFileSync(one, `${head('one.iso')}  - label: S1\n    files: [${Array.from({ length: 40 }, (_, i) => grafts(i)).join(', ')}]\n`);
  const runs = Math.max(3, Math.floor(RUNS / 3));
  const validateMany = timeCommand(process.execPath, [bin, 'validate', many], runs);
  const validateOne = timeCommand(process.execPath, [bin, 'validate', one], runs);
  const diffMany = timeCommand(process.execPath, [bin, 'diff', many], runs);
  const diffOne = timeCommand(process.execPath, [bin, 'diff', one], runs);
  return [
    ['`burnplan validate` (40 sessions of 2,000 files)', validateMany, '`burnplan validate` of the same 80,000 paths in one session', validateOne],
    ['`burnplan diff` (the same 40 sessions to burn, blank virtual disc)', diffMany, '`burnplan diff` of the one session', diffOne],
  ];
}

/** 99 real sessions, one xorriso -commit each (about 15 s). */
function build99SessionDisc(file, source) {
  for (let i = 1; i <= 99; i++) {
    execFileSync('xorriso', ['-dev', `stdio:${file}`, '-volid', `S${i}`, '-map', source, `/s${i}`, '-commit'], { stdio: 'ignore' });
  }
}

/** Runs a command to its end and returns the peak resident set size of that process, in MiB (VmHWM). */
function peakRss(command, args) {
  const script = `const c=require('child_process').spawn(${JSON.stringify(command)},${JSON.stringify(args)},{stdio:'ignore',env:{...process.env,CI:'1'}});let peak=0;const t=setInterval(()=>{try{const m=/VmHWM:\\s+(\\d+)/.exec(require('fs').readFileSync('/proc/'+c.pid+'/status','utf8'));if(m)peak=Math.max(peak,Number(m[1]))}catch{}},20);c.on('exit',(code)=>{clearInterval(t);process.stdout.write(String(Math.round(peak/1024)));process.exit(code)})`;
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

function shellQuote(word) {
  return /^[A-Za-z0-9_./:=,+-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}

function safe(fn) {
  try {
    return fn();
  } catch {
    return undefined;
  }
}
