// Names of one folder that genisoimage cannot sort in its Joliet tree, so that it stops before
// it writes anything: within a session, or where a later session adds to a folder of an earlier
// one (genisoimage merges the tree it continues).
import type { Finding } from '../finding.js';
import { unsortableJolietPaths } from '../../sources/genisoimage-joliet-sort.js';
import { jolietToolsOf } from '../../sources/joliet-names.js';
import type { CheckedSession } from './later-session-rules.js';
import { finding, type LintContext } from './lint-context.js';

export function jolietSortRules(context: LintContext, sessions: readonly CheckedSession[]): Finding[] {
  const tools = jolietToolsOf(context.plan.disc.backend);
  if (!tools.includes('mkisofs')) return [];
  // surely genisoimage, or only maybe
  const severity = tools.length === 1 ? 'error' : 'warning';
  return sessions.flatMap((later, i) => {
    if (!context.plan.sessions[i]!.options.joliet) return [];
    const earlier = sessions.slice(0, i).flatMap((s) => s.placed);
    const byPath = new Map([...earlier, ...later.placed].map((entry) => [entry.discPath, entry]));
    const shown = (discPath: string) => byPath.get(discPath)?.shown ?? discPath;
    return unsortableJolietPaths(
      earlier.map((e) => e.discPath),
      later.placed.map((e) => e.discPath),
    ).flatMap((problem) => {
      const entry = byPath.get(problem.laterPath);
      // a name that starts with such a character has a rule of its own (joliet-name-empty)
      if (!entry || /^[\ud800-\udfff]/.test(problem.name)) return [];
      const inFolder = (name: string) => shown(problem.folder === '/' ? `/${name}` : `${problem.folder}/${name}`);
      const message = `${inFolder(problem.name)} and ${inFolder(problem.other)}: genisoimage cannot sort their Joliet names (the first has a character outside Unicode's 16-bit range, such as an emoji, where the other name goes on) and stops: rename one, set joliet: false, or use backend: xorriso`;
      return [finding(severity, 'joliet-name-unsortable', message, later.positions[entry.entry]!)];
    });
  });
}
