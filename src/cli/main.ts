// The burnplan command line. Each command's module is imported only when it runs, so that
// `burnplan --help` stays fast and loads neither ajv nor the backends.
import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { DrivesOptions } from './commands/drives.js';
import type { RecoverOptions } from './commands/recover.js';
import type { SplitOptions } from './commands/split.js';
import type { StatusOptions } from './commands/status.js';
import { runCli } from './run-cli.js';
import { backendOption, copyOption, devicesOption, discOption, sessionOption } from './shared-options.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};
function buildProgram(): Command {
  const program = new Command('burnplan')
    .description('Declarative burn plans for multisession optical discs (CD-R, DVD±R, BD-R).')
    .version(version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    // commander's errors are thrown to runCli, which adds the --json document, rather than
    // ending the process itself; every command below inherits this
    .exitOverride()
    .addHelpText(
      'after',
      `
Examples:
  $ burnplan drives
  $ burnplan validate plans/demo.yaml
  $ burnplan status plans/demo.yaml
  $ burnplan diff plans/demo.yaml --show-commands
  $ burnplan apply plans/demo.yaml
  $ burnplan verify plans/demo.yaml
  $ burnplan recover plans/demo.yaml --session 2 --out ./restored
  $ burnplan split ./photos --media bd-r --out photos.yaml
  $ burnplan schema > plan.schema.json

Environment:
  BURNPLAN_DEVICE                                          the device when neither --device nor the plan names one
  BURNPLAN_LOCK_DIR                                        where apply keeps its device locks (default: the temporary folder)
  BURNPLAN_XORRISO, BURNPLAN_CDRECORD, BURNPLAN_MKISOFS,
  BURNPLAN_PAR2                                            programs to run instead of those on PATH
  BURNPLAN_DEBUG=1                                         show the stack trace of an internal error`,
    );

  defineValidate(program);
  defineStatus(program);
  defineDrives(program);
  defineDiff(program);
  defineApply(program);
  defineVerify(program);
  defineRecover(program);
  defineImport(program);
  defineSplit(program);
  defineSchema(program);
  defineLocate(program);
  defineCatalog(program);
  return program;
}

function defineValidate(program: Command): void {
  program
    .command('validate')
    .description('Check plan files: schema, labels, sources, Joliet/Rock Ridge consistency. Exit 0 when valid.')
    .argument('<plan...>', 'plan files (YAML)')
    .option('--json', 'print the findings as one JSON document')
    .addHelpText(
      'after',
      `
Examples:
  $ burnplan validate plans/demo.yaml
  plans/demo.yaml: valid
  $ burnplan validate --json plans/*.yaml | jq '.plans[].findings'

Each problem is printed as FILE:LINE:COLUMN: error|warning: message.
Exit codes: 0 valid (warnings allowed), 1 at least one error.`,
    )
    .action(async (files: string[], options: { json?: boolean }) => {
      const { validateCommand } = await import('./commands/validate.js');
      await validateCommand(files, options);
    });
}

function defineStatus(program: Command): void {
  program
    .command('status')
    .description('Show what is on the disc: media, status, sessions with their labels and flags, free space. Read-only.')
    .argument('[plan]', "a plan file: use its disc.device and disc.backend")
    .addOption(discOption())
    .addOption(devicesOption('the drive (/dev/sr0), a cdrecord address (1,0,0) or a virtual disc (stdio:PATH)'))
    .addOption(backendOption('which tools read the disc (auto prefers xorriso)'))
    .option('--json', 'print one JSON document')
    .addHelpText(
      'after',
      `
Examples:
  $ burnplan status --device /dev/sr0
  $ burnplan status plans/demo.yaml
  $ burnplan status --device stdio:./archive.iso --json
  $ burnplan status set.yaml --device /dev/sr0 --device /dev/sr1

The device is --device, else the plan's disc.device, else $BURNPLAN_DEVICE, else /dev/sr0.
A disc image file is only read as a virtual disc when written as stdio:PATH.`,
    )
    .action(async (plan: string | undefined, options: StatusOptions) => {
      const { statusCommand } = await import('./commands/status.js');
      await statusCommand(plan, options);
    });
}

function defineDrives(program: Command): void {
  program
    .command('drives')
    .description('List the optical drives found, with what is in them. Read-only. Exit 0 when at least one is listed.')
    .addOption(backendOption('which tools look for drives (auto prefers xorriso)'))
    .option('--no-media', 'only list the drives: do not read the discs in them')
    .option('--json', 'print one JSON document (also when no drive is found)')
    .addHelpText(
      'after',
      `
Examples:
  $ burnplan drives
  $ burnplan drives --json | jq -r '.drives[].device'
  $ burnplan drives --backend cdrecord --no-media

A drive you may not open is not listed by the tools: burnplan says which group to join (Debian: cdrom).
Exit codes: 0 at least one drive listed, 1 none found (the reason on stderr, or in the JSON) or an error.`,
    )
    .action(async (options: DrivesOptions) => {
      const { drivesCommand } = await import('./commands/drives.js');
      await drivesCommand(options);
    });
}

function defineDiff(program: Command): void {
  program
    .command('diff')
    .description('Compare a plan with the disc and preview what apply would burn. Read-only: nothing is written.')
    .argument('<plan>', 'the plan file')
    .addOption(discOption())
    .addOption(copyOption())
    .addOption(devicesOption())
    .addOption(backendOption('which tools read the disc (auto prefers xorriso)'))
    .option('--show-commands', 'print the exact commands apply would run')
    .option('--json', 'print one JSON document')
    .option('--detailed-exitcode', 'exit 2 when there are changes to apply (0: none, 1: error or conflict)')
    .option('--expect-no-changes', 'exit 1 when anything would be burned or closed, or a burned session drifted from the plan (for CI)')
    .option('-o, --out <file>', 'save the result, bound to the disc as it is now, for `burnplan apply FILE`')
    .addHelpText(
      'after',
      `
Examples:
  $ burnplan diff plans/demo.yaml
  $ burnplan diff plans/demo.yaml --show-commands
  $ burnplan apply plans/demo.yaml
  $ burnplan verify plans/demo.yaml
  $ burnplan diff plan.yaml --detailed-exitcode --json > diff-report.json; echo $?
  $ burnplan diff plan.yaml --expect-no-changes       # CI: the disc holds the plan, nothing drifted
  $ burnplan diff plans/two-discs.yaml --disc photos-b  # one disc of a plan that lists several

Symbols: = in sync, ~ adopted (burned by hand, matched by label), ! changed since burned,
+ to burn, x conflict. Sizes and places marked ~ are estimates.
Exit codes: 0 success, 1 error or conflict (or, with --expect-no-changes, anything to burn or
drifted), 2 (with --detailed-exitcode) changes to apply.`,
    )
    .action(async (plan: string, options: Record<string, unknown>) => {
      const { diffCommand } = await import('./commands/diff.js');
      await diffCommand(plan, options);
    });
}

function defineApply(program: Command): void {
  program
    .command('apply')
    .description('Burn the sessions the disc is missing, verify each, and close the disc if the plan says so.')
    .argument('<plan>', 'the plan file, or a result saved by `burnplan diff --out FILE.json`')
    .addOption(discOption())
    .addOption(copyOption())
    .addOption(devicesOption())
    .addOption(backendOption('which tools burn (auto prefers xorriso)'))
    .option('-y, --yes', 'do not ask: burn (and close, when the plan says so); for scripts')
    .option('--dummy', 'simulate with the laser off: nothing is written')
    .option('--no-verify', "skip reading the data back (the disc's table of contents is still re-read)")
    .option('--eject', 'eject the disc at the end (also: eject: true in the plan)')
    .option('--json', 'print one JSON result document and nothing else on stdout')
    .addHelpText(
      'after',
      `
Examples:
  $ burnplan apply plans/demo.yaml --yes
  $ burnplan diff plan.yaml --out preview.json && burnplan apply preview.json
  $ burnplan apply plan.yaml --dummy
  $ burnplan apply set.yaml --device /dev/sr0 --device /dev/sr1

Running apply again burns nothing: it only adds what the disc is missing. Interactive runs ask
before writing, and again, naming the disc, before closing it. Without a terminal, --yes is needed.
Ctrl-C (or SIGTERM, SIGHUP) during a write lets that session finish and be read back, then
starts no other burn; a second one aborts the write (the session is then spoiled). A stop exits
130 (SIGINT), 143 (SIGTERM) or 129 (SIGHUP).

With several --device (or a plan of several discs and no --disc), each drive's disc is worked out
from its sessions, a blank disc becomes the next disc and copy the plan needs, and every drive
burns at once; one drive's failure stops none of the others.`,
    )
    .action(async (plan: string, options: Record<string, unknown>) => {
      const { applyCommand } = await import('./commands/apply.js');
      await applyCommand(plan, options);
    });
}

function defineVerify(program: Command): void {
  program
    .command('verify')
    .description('Read every file of the disc back and check it against the checksums recorded when it was burned. Read-only.')
    .argument('<plan>', 'the plan file (its disc.device, disc.backend and disc id)')
    .addOption(discOption())
    .addOption(devicesOption())
    .addOption(backendOption('which tools read the table of contents (auto prefers xorriso)'))
    .addOption(sessionOption('only this session (1 is the first)'))
    .option('--against-sources', "also compare with the plan's source files: what changed on this computer since")
    .option('--json', 'print one JSON document')
    .addHelpText(
      'after',
      `
Examples:
  $ burnplan verify plans/demo.yaml
  $ burnplan verify archive.yaml --session 2 --against-sources
  $ burnplan verify archive.yaml --json | jq '.sessions[] | {session, outcome, damaged}'

Checksums: xorriso's MD5s (recorded by apply on the xorriso path), or the SHA-256 file apply
records on the cdrecord path (/.burnplan/session-NN.sha256, readable with sha256sum -c).
Sessions without either, such as sessions burned by hand, are "not verifiable", never "intact".
Exit codes: 0 nothing damaged, 1 damage, a read error or another error.`,
    )
    .action(async (plan: string, options: Record<string, unknown>) => {
      const { verifyCommand } = await import('./commands/verify.js');
      await verifyCommand(plan, options);
    });
}

function defineRecover(program: Command): void {
  program
    .command('recover')
    .description("Copy a session's files off the disc, every readable sector, repair them with the PAR2 data it carries, and check them. Never writes the disc.")
    .argument('<plan>', 'the plan file (its disc.device, disc.backend and disc id)')
    .addOption(sessionOption('the session to recover (1 is the first)').makeOptionMandatory())
    .requiredOption('-o, --out <dir>', 'the folder the files are written to: new or empty')
    .addOption(discOption())
    .option('-d, --device <device>', 'the drive (/dev/sr0) or a virtual disc (stdio:PATH)')
    .addOption(backendOption('which tools read the table of contents (auto prefers xorriso)'))
    .addOption(new Option('--retries <n>', 'further tries of a sector that cannot be read (default: 2)').argParser(parseRetries))
    .option('--json', 'print one JSON document')
    .addHelpText(
      'after',
      `
Examples:
  $ burnplan recover archive.yaml --session 2 --out ./restored
  $ burnplan recover archive.yaml -s 1 -o ./s1 --device /dev/sr1 --retries 5 --json | jq '.files[] | select(.outcome == "lost")'

Unreadable sectors are written as zeros and counted. A session burned with recovery data carries
PAR2 files in /.burnplan/; par2 (Debian/Ubuntu: apt-get install par2) repairs the damaged files
from them. Each file is then intact (read back as burned), repaired, or lost: a lost file's
damaged copy stays in the folder. Without recovery data the files are copied as read.
Exit codes: 0 no file lost, 1 a file lost or another error.`,
    )
    .action(async (plan: string, options: Record<string, unknown>) => {
      const { recoverCommand } = await import('./commands/recover.js');
      await recoverCommand(plan, options as unknown as RecoverOptions);
    });
}

function parseRetries(value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(number) || number > 100) throw new InvalidArgumentError('Retries are a whole number from 0 to 100.');
  return number;
}

function defineLocate(program: Command): void {
  program
    .command('locate')
    .description('Say which discs, sessions and copies hold the files a pattern names, from the catalog beside the plan. Reads no disc.')
    .argument('<pattern>', 'a glob: without "/" it matches file names anywhere ("*.jpg"), with "/" whole disc paths ("photos/**")')
    .option('--plan <plan>', "the plan: its catalog (PLAN.catalog.json), and the copies it keeps that do not hold a file yet")
    .option('--catalog <file>', 'the catalog file to read (default: the only *.catalog.json in this folder)')
    .option('--json', 'print one JSON document')
    .addHelpText(
      'after',
      `
Examples:
  $ burnplan locate 'IMG_0042.jpg'
  $ burnplan locate 'photos/2026/**' --plan archive.yaml --json

Exit codes: 0 something matched, 1 nothing did (or another error).`,
    )
    .action(async (pattern: string, options: Record<string, unknown>) => {
      const { locateCommand } = await import('./commands/locate.js');
      await locateCommand(pattern, options);
    });
}

function defineCatalog(program: Command): void {
  const catalog = program.command('catalog').description("The catalog of an archive (PLAN.catalog.json): every file, on which disc, session and copies.");
  catalog
    .command('rebuild')
    .description('Write the catalog beside the plan again, from the discs: their sessions and the catalog each carries. Read-only on the discs.')
    .argument('<plan>', 'the plan file; the catalog is written beside it')
    .option('-d, --device <device>', 'a drive (/dev/sr0) or virtual disc (stdio:PATH) to read; repeat for more', (value: string, all: string[]) => [...all, value], [] as string[])
    .addOption(backendOption('which tools read the table of contents (auto prefers xorriso)'))
    .option('--force', 'replace a catalog file that exists')
    .addHelpText(
      'after',
      `
Examples:
  $ burnplan catalog rebuild archive.yaml --device /dev/sr0
  $ burnplan catalog rebuild archive.yaml -d stdio:copy1.iso -d stdio:copy2.iso --force

Copies not in a drive are taken as the newest catalog on a disc read records them.`,
    )
    .action(async (plan: string, options: Record<string, unknown>) => {
      const { catalogRebuildCommand } = await import('./commands/catalog.js');
      await catalogRebuildCommand(plan, options);
    });
}

function defineImport(program: Command): void {
  program
    .command('import')
    .description('Write a plan from the disc in the drive: its disc id, media and every session as found, marked imported. Read-only on the disc.')
    .option('-d, --device <device>', 'the drive (/dev/sr0), a cdrecord address (1,0,0) or a virtual disc (stdio:PATH)')
    .addOption(backendOption('which tools read the disc; also written into the plan (auto prefers xorriso)'))
    .option('--id <id>', 'the disc id, when the disc records none (else one is made from the first label)')
    .option('-o, --out <file>', 'write the plan to this file instead of standard output')
    .option('-f, --force', 'replace --out when it exists')
    .addHelpText(
      'after',
      `
Examples:
  $ burnplan import --device /dev/sr0 --out archive.yaml
  $ burnplan import --device stdio:./old-disc.iso --id photos-2019 > photos-2019.yaml

The imported sessions list no files: they are on the disc already and are never burned. Append
new sessions to the plan, then run burnplan diff. A disc burned by hand (mkisofs -M/-C and
cdrecord -multi) is imported the same way.`,
    )
    .action(async (options: Record<string, unknown>) => {
      const { importCommand } = await import('./commands/import.js');
      await importCommand(options);
    });
}

function defineSplit(program: Command): void {
  program
    .command('split')
    .description('Write a plan of a set of discs that spreads a folder\'s files over as few discs as fit. Reads the folder only.')
    .argument('<folder>', 'the folder to spread over discs')
    .requiredOption('-m, --media <kind>', 'the discs: cd-r, cd-rw, dvd-r, dvd-r-dl, dvd-rw, dvd+r, dvd+r-dl, dvd+rw, bd-r, bd-r-dl, bd-re, bd-re-dl')
    .option('--prefix <name>', 'disc ids are NAME-01, NAME-02 … (default: the folder\'s name)')
    .option('--capacity <size>', "a disc's capacity instead of the media's nominal one (25GB, 4MiB, 359849s)")
    .option('--reserve <size>', 'room kept free on every disc for later sessions: a size or a share (default: 5%)')
    .option('-o, --out <file>', 'write the plan to this file instead of standard output')
    .option('-f, --force', 'replace --out when it exists')
    .option('-d, --device <template>', "each disc's device, {n} and {id} filled in (stdio:./discs/{id}.iso)")
    .addOption(backendOption('the tools the discs are burned with; cdrecord rules out files of 4 GiB or more'))
    .option('--skip-too-big', 'leave out the files that fit no disc (each named on stderr) instead of failing')
    .option('--json', 'print what was decided as one JSON document (the plan is written only with --out)')
    .addHelpText(
      'after',
      `
Examples:
  $ burnplan split ./photos --media bd-r --out photos.yaml
  $ burnplan split ./scans --media dvd+r --device 'stdio:./discs/{id}.iso' --out scans.yaml
  $ burnplan split ./big --media bd-r --capacity 100GB --reserve 2GB --json --out big.yaml

Whole folders stay on one disc when they fit; only folders too big for a disc are split, file by
file. Sizes count every file in 2,048-byte sectors, the ISO 9660, Rock Ridge and Joliet trees
(estimated from above) and the media's own cost of a session. A file of 4 GiB or more needs ISO
level 3 and xorriso: its disc gets both. A file bigger than a disc is named with its size, and
nothing is written (exit 1) unless --skip-too-big.`,
    )
    .action(async (folder: string, options: SplitOptions) => {
      const { splitCommand } = await import('./commands/split.js');
      await splitCommand(folder, options);
    });
}

function defineSchema(program: Command): void {
  program
    .command('schema')
    .description("Print the plan's JSON Schema (for editors: yaml-language-server, VS Code).")
    .addHelpText(
      'after',
      `
Example:
  $ burnplan schema > plan.schema.json
  then start a plan with:  # yaml-language-server: $schema=./plan.schema.json`,
    )
    .action(async () => {
      const { schemaCommand } = await import('./commands/schema.js');
      schemaCommand();
    });
}

await runCli(() => buildProgram().parseAsync(process.argv));
