// The files a session adds: they must exist and be readable, must not land on the same place
// on the disc, and must fit the session's ISO level and Joliet limits. They check the plan's
// scan, the one walk of each source that diff and apply then take their manifests from.
import { formatBytes } from '../../core/bytes.js';
import path from 'node:path';
import type { Finding, Position } from '../finding.js';
import { compileGlob, GlobSyntaxError } from '../glob-match.js';
import type { PlannedSession } from '../plan-model.js';
import { virtualDiscInside } from '../../disc/device-names.js';
import { discPathOf } from '../../sources/disc-paths.js';
import { isReservedPath, jolietChange, placementProblems, RESERVED_FOLDER, split, type PlacedEntry } from '../../sources/disc-placement.js';
import { JOLIET_MAX_CHARS, jolietToolsOf, type JolietTool } from '../../sources/joliet-names.js';
import type { FileWalk } from '../../sources/source-walks.js';
import { jolietSortRules } from './joliet-sort-rules.js';
import { laterSessionRules, type CheckedSession } from './later-session-rules.js';
import { finding, sessionName, type LintContext, type SourceLintContext } from './lint-context.js';

/** ISO 9660 levels 1 and 2 store a file's size in one 32-bit extent: 4 GiB - 1 bytes at most. */
export const MAX_SINGLE_EXTENT_BYTES = 2 ** 32 - 1;
/** Beyond this many findings of one kind in a session, one summary line says how many more. */
const MAX_DETAILED = 5;

export function sourceRules(context: SourceLintContext): Finding[] {
  const perSession = context.plan.sessions.map((session, i) => checkSession(context, session, context.scan.walks[i]!));
  return [...perSession.flatMap((s) => s.findings), ...jolietSortRules(context, perSession), ...laterSessionRules(context, perSession)];
}

function checkSession(context: LintContext, session: PlannedSession, walks: readonly FileWalk[]): CheckedSession {
  const findings: Finding[] = [];
  const i = session.index;
  const limited = new LimitedFindings(findings, sessionName(i, session.label));
  findings.push(...excludeFindings(context, session));
  const placed: PlacedEntry[] = [];
  const positions: Position[] = [];
  for (const [j, file] of session.files.entries()) {
    const at: Position = context.locate.value(file.grafted ? ['sessions', i, 'files', j, 'source'] : ['sessions', i, 'files', j]);
    positions.push(at);
    const shown = displayPath(file.source, context.plan.baseDir);
    if (file.source.includes('\0') || file.target.includes('\0')) {
      findings.push(finding('error', 'path-nul', `${JSON.stringify(shown).slice(1, -1)} holds a NUL character, which no file name can hold`, at));
      continue;
    }
    const disc = virtualDiscInside(context.plan.disc.device, file.source);
    if (disc) findings.push(finding('error', 'disc-inside-source', `the virtual disc ${displayPath(disc, context.plan.baseDir)} lies inside ${shown}, a source of ${sessionName(i, session.label)}: it would be burned into itself (half-written); put it outside the sources`, at));
    let rootIsDirectory: boolean | undefined;
    const entries: PlacedEntry[] = [];
    // the walk is of the source with its links resolved: shown as the plan writes it
    for (const entry of walks[j]!.entries) {
      const where = entry.relativePath === '' ? shown : `${shown}/${entry.relativePath}`;
      if (entry.kind === 'error') {
        if (entry.relativePath === '' && entry.reason === 'does not exist') {
          // an archive's sources go once burned: only diff and apply, which read the disc, can tell
          findings.push(finding('warning', 'source-missing', `source ${shown} does not exist: fine once ${sessionName(i, session.label)} is burned, needed while it is still to burn (diff and apply tell)`, at));
        } else if (entry.relativePath === '') {
          findings.push(finding('error', 'source-unreadable', `source ${shown} cannot be read: ${entry.reason}`, at));
        } else {
          limited.push('error', 'source-unreadable', `${where} cannot be read: ${entry.reason}`, at);
        }
        continue;
      }
      if (entry.kind === 'excluded') continue;
      if (entry.relativePath === '') rootIsDirectory = entry.kind === 'directory';
      if (entry.kind === 'file' && entry.size > MAX_SINGLE_EXTENT_BYTES && session.options.isoLevel < 3) {
        limited.push('error', 'large-file-iso-level', `${where} is ${formatBytes(entry.size, { unit: 'GiB', digits: 2 })}; files of 4 GiB or more need isoLevel: 3 (this session uses level ${session.options.isoLevel})`, at);
      }
      entries.push({ discPath: discPathOf(file, rootIsDirectory ?? false, entry.relativePath), kind: entry.kind, shown: where, entry: j });
    }
    if (rootIsDirectory === undefined) continue;
    if (!rootIsDirectory && file.grafted && file.target === '/') {
      findings.push(finding('error', 'file-on-root', `${shown} is a file and cannot become the disc's root folder: give it a target such as /${path.basename(file.source)}`, at));
      continue;
    }
    placed.push(...entries);
  }
  for (const problem of placementProblems(placed, { joliet: session.options.joliet })) {
    const at = positions[problem.kind === 'reserved' ? problem.entry.entry : problem.second.entry]!;
    if (problem.kind === 'reserved') {
      const file = session.files[problem.entry.entry]!;
      if (file.grafted && isReservedPath(file.target)) continue; // said by the target rule
      limited.push('error', 'reserved-path', `${problem.entry.shown} would land on ${problem.discPath}, inside ${RESERVED_FOLDER}, where burnplan keeps each session's checksums: exclude it, or give the source another target`, at);
    } else if (problem.kind === 'same-path') {
      limited.push('error', 'same-target', `${problem.first.shown} and ${problem.second.shown} both land on ${problem.discPath} on the disc (only one of them would be burned): rename one, or give one of them another target`, at);
    } else if (problem.kind === 'case-collision') {
      limited.push('warning', 'name-case-collision', `${problem.first.shown} and ${problem.second.shown} differ only in case in ${problem.folder}: Windows, which ignores case, opens only one of them; rename one if the disc is read there`, at);
    } else {
      limited.push('error', 'joliet-name-collision', `${problem.first.shown} and ${problem.second.shown} both show as "${problem.joliet}" in ${problem.folder} on Windows (the Joliet tree changes names over ${JOLIET_MAX_CHARS} characters and the characters * / : ; ? \\): rename one, or set joliet: false`, at);
    }
  }
  if (session.options.joliet) {
    const tools = jolietToolsOf(context.plan.disc.backend);
    for (const entry of placed) {
      // genisoimage cuts a Joliet name before a character outside the 16-bit range: one that
      // starts with such a character has no name left, and genisoimage stops ("Possibly
      // creating an invalid Joliet extension. Aborting.", 1.1.11)
      if (tools.includes('mkisofs') && entry.discPath !== '/' && jolietChange(entry.discPath, entry.kind === 'directory', 'mkisofs') === '') {
        // surely genisoimage, or only maybe
        const severity = tools.length === 1 ? 'error' : 'warning';
        limited.push(severity, 'joliet-name-empty', `${entry.shown}: genisoimage cannot write its Joliet name (it starts with a character outside Unicode's 16-bit range, such as an emoji) and stops: rename it, set joliet: false, or use backend: xorriso`, positions[entry.entry]!);
        continue;
      }
      const changed = jolietChanges(entry, tools);
      if (changed) limited.push('warning', 'joliet-name-changed', `${entry.shown}: Windows (Joliet) shows the name as ${changed}`, positions[entry.entry]!);
    }
  }
  limited.summarize();
  return { findings, placed, positions };
}

/** "NAME", or both names when the backend is not fixed and the tools differ. */
function jolietChanges(entry: PlacedEntry, tools: readonly JolietTool[]): string | undefined {
  if (entry.discPath === '/') return undefined;
  const directory = entry.kind === 'directory';
  if (tools.length === 1) {
    const only = jolietChange(entry.discPath, directory, tools[0]!);
    return only && `"${only}"`;
  }
  const xorriso = jolietChange(entry.discPath, directory, 'xorriso');
  const mkisofs = jolietChange(entry.discPath, directory, 'mkisofs');
  if (xorriso === mkisofs) return xorriso && `"${xorriso}"`;
  return `"${xorriso ?? split(entry.discPath).name}" (xorriso) or "${mkisofs ?? split(entry.discPath).name}" (genisoimage)`;
}

/** The exclude patterns that are not globs (the scan leaves them out). */
function excludeFindings(context: LintContext, session: PlannedSession): Finding[] {
  return session.exclude.flatMap((pattern, k) => {
    try {
      compileGlob(pattern);
      return [];
    } catch (error) {
      if (!(error instanceof GlobSyntaxError)) throw error;
      return [finding('error', 'exclude-pattern', `exclude pattern ${JSON.stringify(pattern)} is not a valid glob: ${error.message}`, context.locate.value(['sessions', session.index, 'exclude', k]))];
    }
  });
}

/** Keeps the first few findings of each kind in a session and counts the rest. */
class LimitedFindings {
  private readonly counts = new Map<string, { severity: Finding['severity']; count: number; at: Position }>();

  constructor(
    private readonly findings: Finding[],
    private readonly session: string,
  ) {}

  push(severity: Finding['severity'], rule: string, message: string, at: Position): void {
    const count = this.counts.get(rule) ?? { severity, count: 0, at };
    count.count++;
    this.counts.set(rule, count);
    if (count.count <= MAX_DETAILED) this.findings.push(finding(severity, rule, message, at));
  }

  summarize(): void {
    for (const [rule, { severity, count, at }] of this.counts) {
      if (count > MAX_DETAILED) this.findings.push(finding(severity, rule, `… and ${count - MAX_DETAILED} more like this in ${this.session}`, at));
    }
  }
}

export function displayPath(absolute: string, baseDir: string): string {
  const relative = path.relative(baseDir, absolute);
  if (relative === '') return '.';
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : `./${relative}`;
}

