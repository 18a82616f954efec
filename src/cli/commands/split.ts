// `burnplan split FOLDER --media KIND [--prefix NAME] [--capacity SIZE] [--reserve SIZE|PERCENT]
// [--out FILE [--force]] [--device TEMPLATE] [--backend B] [--skip-too-big] [--json]`: writes a
// set plan that spreads the folder's files over as few discs as fit. Reads the folder only.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { errnoWords, OUTPUT_FILE_WORDS } from '../../core/errno-words.js';
import { ExitError, UserError } from '../../errors.js';
import { checkPlanText } from '../../plan/check-plan.js';
import { formatFindingLine } from '../../plan/finding.js';
import { DISC_ID_PATTERN } from '../../plan/lint/disc-rules.js';
import { printable } from '../../render/printable.js';
import { DEFAULT_RESERVE_PERCENT, SPLIT_MEDIA_NAMES, splitMedia, type SplitMedia } from '../../split/disc-capacity.js';
import { DiscLoad } from '../../split/disc-load.js';
import { discId, formatSetPlan, prefixFrom } from '../../split/format-set-plan.js';
import { parseSize, sectorsIn } from '../../split/parse-size.js';
import { readSplitTree } from '../../split/read-split-tree.js';
import { splitFolder } from '../../split/split-folder.js';
import type { DiscLimits, SplitFolder } from '../../split/split-model.js';
import { refusalLine, splitJson, summaryLines, type ReportContext } from '../../split/split-report.js';
import { PLAN_SCHEMA_URL } from '../../plan/plan-schema.js';

export interface SplitOptions {
  media: string;
  prefix?: string;
  capacity?: string;
  reserve?: string;
  out?: string;
  force?: boolean;
  device?: string;
  backend?: 'auto' | 'xorriso' | 'cdrecord';
  skipTooBig?: boolean;
  json?: boolean;
}

const SCHEMA_FILE = fileURLToPath(PLAN_SCHEMA_URL);
/** Lines of unreadable entries shown before a count of the rest. */
const MAX_SHOWN = 10;

export async function splitCommand(folder: string, options: SplitOptions): Promise<void> {
  const media = splitMedia(options.media);
  if (!media) throw new UserError(`--media ${JSON.stringify(options.media)} is not a media burnplan knows: use one of ${SPLIT_MEDIA_NAMES.join(', ')}`);
  const shownFolder = printable(folder.replace(/\/+$/, '') || '/');
  const prefix = options.prefix ?? prefixFrom(path.basename(path.resolve(folder)));
  if (!DISC_ID_PATTERN.test(discId(prefix, 100, 100))) throw new UserError(`--prefix ${JSON.stringify(prefix)} cannot start disc ids (${printable(prefix)}-01 …): use letters, digits, ".", "_" or "-", starting with a letter or digit, at most 60 characters`);
  const backend = options.backend === 'auto' ? undefined : options.backend;
  const limits = discLimits(media, options, backend);
  if (options.out && existsSync(options.out) && !options.force) throw new UserError(`${options.out} exists already: choose another --out, or add --force to replace it`);
  const { root, unreadable } = await readSplitTree(path.resolve(folder), shownFolder);
  if (unreadable.length > 0) {
    const more = unreadable.length > MAX_SHOWN ? [`… and ${unreadable.length - MAX_SHOWN} more`] : [];
    throw new UserError([...unreadable.slice(0, MAX_SHOWN).map((line) => `${line}: it cannot be read`), ...more, `${shownFolder}: not split: make every entry readable, or move the unreadable ones out`].join('\n'));
  }
  if (countFiles(root) === 0) throw new UserError(`${shownFolder} holds no files: there is nothing to split`);
  const result = splitFolder(root, limits);
  const context: ReportContext = { shownFolder, prefix, media, limits, ...(options.device ? { deviceTemplate: options.device } : {}), ...(backend ? { backend } : {}) };
  const refusals = result.refused.map((refusal) => refusalLine(refusal, context, result.usable));
  if (refusals.length > 0 && (!options.skipTooBig || result.discs.length === 0)) {
    process.stderr.write(`${[...refusals, `${shownFolder}: not split: ${refusals.length} file${refusals.length === 1 ? '' : 's'} cannot go on any disc${result.discs.length > 0 ? ' (--skip-too-big leaves them out)' : ''}`].join('\n')}\n`);
    if (options.json) process.stdout.write(`${JSON.stringify(splitJson(result, context, null), null, 2)}\n`);
    throw new ExitError(1);
  }
  if (options.device && result.discs.length > 1 && !/\{(n|id)\}/.test(options.device)) throw new UserError(`--device ${JSON.stringify(options.device)} would give all ${result.discs.length} discs the same device: put {n} or {id} in it (stdio:./discs/{id}.iso)`);
  const planDir = path.resolve(options.out ? path.dirname(options.out) : '.');
  const text = formatSetPlan(result, {
    folder: relativeFolder(planDir, path.resolve(folder)),
    shownFolder,
    prefix,
    media,
    limits,
    ...(options.device ? { deviceTemplate: options.device } : {}),
    ...(backend ? { backend } : {}),
    ...(options.out ? { schemaPath: path.relative(planDir, SCHEMA_FILE) } : {}),
  });
  // what split writes must validate (a --device inside the folder, say, would be burned into itself)
  const planFile = options.out ?? path.join(planDir, 'split-plan.yaml');
  const errors = (await checkPlanText(text, path.resolve(planFile))).findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) throw new UserError([...errors.map((f) => formatFindingLine(options.out ?? 'the plan', f)), `${shownFolder}: the set plan would not validate: nothing written`].join('\n'));
  if (options.out) {
    await writeFile(options.out, text).catch((error: unknown) => {
      throw new UserError(`cannot write ${options.out}: ${errnoWords(error, OUTPUT_FILE_WORDS)}`);
    });
  } else if (!options.json) {
    process.stdout.write(text);
  }
  if (refusals.length > 0) process.stderr.write(`${refusals.map((line) => `${line}: left out (--skip-too-big)`).join('\n')}\n`);
  if (options.json) process.stdout.write(`${JSON.stringify(splitJson(result, context, options.out ?? null), null, 2)}\n`);
  else process.stderr.write(`${[...summaryLines(result, context), ...(options.out ? [`Wrote ${options.out}. Next: burnplan validate ${options.out}, then burnplan apply ${options.out} --disc ${discId(prefix, 1, result.discs.length)}`] : [])].join('\n')}\n`);
}

/** `planBackend`: the tools the plan will name (--backend), not a family running here. */
function discLimits(media: SplitMedia, options: SplitOptions, planBackend: SplitOptions['backend']): DiscLimits {
  const capacity = options.capacity === undefined ? media.capacity : sectorsIn(bytesOf('--capacity', options.capacity));
  if (capacity <= 0) throw new UserError(`--capacity ${options.capacity}: a disc must hold at least one sector (2,048 bytes)`);
  const reserveSize = options.reserve === undefined ? { percent: DEFAULT_RESERVE_PERCENT } : parseSize('--reserve', options.reserve, { percent: true });
  const reserve = 'percent' in reserveSize ? Math.ceil((capacity * reserveSize.percent) / 100) : Math.ceil(reserveSize.bytes / 2048);
  const limits: DiscLimits = { capacity, reserve, media: media.planMedia, largeFilesAllowed: planBackend !== 'cdrecord' };
  const empty = new DiscLoad(limits).sectorsWith().total;
  if (empty + 1 > capacity - reserve) {
    throw new UserError(`a disc of ${capacity} sectors leaves no room for files: the reserve takes ${reserve}, a session's file system and the ${media.title}'s own cost at least ${empty}; give a larger --capacity or a smaller --reserve`);
  }
  return limits;
}

function bytesOf(option: string, text: string): number {
  const size = parseSize(option, text);
  return 'bytes' in size ? size.bytes : 0;
}

function relativeFolder(planDir: string, folder: string): string {
  const relative = path.relative(planDir, folder);
  if (relative === '') return '.';
  return relative.startsWith('..') || path.isAbsolute(relative) ? relative : `./${relative}`;
}

function countFiles(folder: SplitFolder): number {
  return folder.files.length + folder.folders.reduce((sum, sub) => sum + countFiles(sub), 0);
}
