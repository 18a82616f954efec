// What a later session's files do to the paths of the sessions before it, as far as their
// sources tell: a file cannot replace a folder, and a name in another case hides one on Windows.
import type { Finding, Position } from '../finding.js';
import { CaseIndex } from '../../sources/case-twins.js';
import type { PlacedEntry } from '../../sources/disc-placement.js';
import { SessionTree } from '../../sources/replaced-entries.js';
import { finding, sessionName, type LintContext } from './lint-context.js';

/** What the source rules found of one session, for the rules that look across sessions. */
export interface CheckedSession {
  findings: Finding[];
  /** What lands on the disc, each entry with the plan entry it comes from. */
  placed: PlacedEntry[];
  positions: Position[];
}

export function laterSessionRules(context: LintContext, sessions: readonly CheckedSession[]): Finding[] {
  return [...folderReplacements(context, sessions), ...laterCaseTwins(context, sessions)];
}

/** A later session with a Joliet tree that holds an earlier path in another case. */
function laterCaseTwins(context: LintContext, sessions: readonly CheckedSession[]): Finding[] {
  const index = new CaseIndex();
  return sessions.flatMap((later, i) => {
    const twins = context.plan.sessions[i]!.options.joliet ? index.twinsOf(later.placed) : [];
    // the last session is asked about, never asked against
    if (i < sessions.length - 1) index.add(later.placed, i);
    return twins.map((t) => {
      const earlier = sessionName(t.session, context.plan.sessions[t.session]!.label);
      const message = `${t.entry.shown} lands on ${t.discPath}, which differs only in case from ${t.twin} of ${earlier}: Windows, which ignores case, opens only one of them; use the same name, or another one`;
      return finding('warning', 'name-case-collision', message, later.positions[t.entry.entry]!);
    });
  });
}

/** A later session's file where an earlier session has a folder: no tool can burn it. */
function folderReplacements(context: LintContext, sessions: readonly CheckedSession[]): Finding[] {
  const tree = new SessionTree();
  return sessions.flatMap((later, i) => {
    const replaced = tree.replacedBy(later.placed);
    if (i < sessions.length - 1) tree.add(later.placed, i);
    return replaced
      .filter((r) => r.was === 'folder' && r.now === 'file')
      .map((r) => {
        const earlier = context.plan.sessions[r.session]!;
        const message = `${r.entry.shown} is a file at ${r.discPath}, where ${sessionName(r.session, earlier.label)} has a folder: a later session can add to a folder but not replace it by a file; give it another target`;
        return finding('error', 'file-over-folder', message, later.positions[r.entry.entry]!);
      });
  });
}
