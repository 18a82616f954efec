// Names of one folder that genisoimage cannot sort in its Joliet tree, so that it stops before
// it writes anything: within a session, or where a later session adds to a folder of an earlier
// one (genisoimage merges the tree it continues).
import type { Finding } from '../finding.js';
import { holdsOutside16Bits, unsortableJolietPaths } from '../../sources/genisoimage-joliet-sort.js';
import { jolietName, jolietToolsOf } from '../../sources/joliet-names.js';
import type { CheckedSession } from './later-session-rules.js';
import { finding, type LintContext } from './lint-context.js';

export function jolietSortRules(context: LintContext, sessions: readonly CheckedSession[]): Finding[] {
  const tools = jolietToolsOf(context.plan.disc.backend);
  if (!tools.includes('mkisofs')) return [];
  // surely genisoimage, or only maybe
  const severity = tools.length === 1 ? 'error' : 'warning';
  // most plans hold no such character: one test per path spares them the rest
  const firstWithOne = sessions.findIndex((s) => s.placed.some((e) => holdsOutside16Bits(e.discPath)));
  if (firstWithOne === -1) return [];
  return sessions.flatMap((later, i) => {
    if (i < firstWithOne || !context.plan.sessions[i]!.options.joliet) return [];
    const earlier = sessions.slice(0, i).flatMap((s) => s.placed);
    const problems = unsortableJolietPaths(
      earlier.map((e) => e.discPath),
      later.placed.map((e) => e.discPath),
    );
    if (problems.length === 0) return [];
    const byPath = new Map([...earlier, ...later.placed].map((entry) => [entry.discPath, entry]));
    const shown = (discPath: string) => byPath.get(discPath)?.shown ?? discPath;
    return problems.flatMap((problem) => {
      const entry = byPath.get(problem.laterPath);
      // a name with nothing left in genisoimage's Joliet tree has a rule of its own (joliet-name-empty)
      if (!entry || jolietName(problem.name, false, 'mkisofs') === '') return [];
      const inFolder = (name: string) => shown(problem.folder === '/' ? `/${name}` : `${problem.folder}/${name}`);
      const message = `${inFolder(problem.name)} and ${inFolder(problem.other)}: genisoimage cannot sort their Joliet names (the first has a character outside Unicode's 16-bit range, such as an emoji, where the other name goes on) and stops: rename one, set joliet: false, or use backend: xorriso`;
      return [finding(severity, 'joliet-name-unsortable', message, later.positions[entry.entry]!)];
    });
  });
}
