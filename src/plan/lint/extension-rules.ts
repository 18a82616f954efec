// Rock Ridge and Joliet across sessions. Each new session carries the whole directory tree
// again, built by reading the previous session's Rock Ridge data (mkisofs -M, xorriso's
// growing), so switching an extension off in a later session hides it for every earlier file.
import type { Finding } from '../finding.js';
import { finding, optionPosition, sessionName, type LintContext } from './lint-context.js';

export function extensionRules(context: LintContext): Finding[] {
  const findings: Finding[] = [];
  const { plan } = context;
  const multisession = plan.sessions.length > 1 || plan.finalize === 'open';
  const reported = new Set<string>();
  const firstWithRockRidge = plan.sessions.findIndex((session) => session.options.rockRidge);
  plan.sessions.forEach((session, index) => {
    // after a session with Rock Ridge, switching it off is reported as dropping it (below)
    if (session.imported || session.options.rockRidge || (firstWithRockRidge !== -1 && index > firstWithRockRidge)) return;
    const at = optionPosition(context, index, 'rockRidge');
    const key = `${at.line}:${at.column}`;
    if (reported.has(key)) return;
    reported.add(key);
    const where = context.document.sessions[index]?.rockRidge === undefined ? 'in defaults' : `for ${sessionName(index, session.label)}`;
    findings.push(
      multisession
        ? finding('error', 'rock-ridge-off', `Rock Ridge is off ${where}: a multisession disc needs it (the next session is built from the previous one's Rock Ridge tree, and long names and permissions are lost without it)`, at)
        : finding('warning', 'rock-ridge-off', `Rock Ridge is off ${where}: Linux and macOS readers lose long names, permissions and symlinks`, at),
    );
  });
  for (const extension of ['joliet', 'rockRidge'] as const) {
    const title = extension === 'joliet' ? 'Joliet' : 'Rock Ridge';
    const firstWith = plan.sessions.findIndex((session) => session.options[extension]);
    if (firstWith === -1) continue;
    for (const session of plan.sessions.slice(firstWith + 1)) {
      if (session.options[extension] || session.imported) continue;
      findings.push(
        finding('error', `${extension === 'joliet' ? 'joliet' : 'rock-ridge'}-dropped`, `${sessionName(session.index, session.label)} drops ${title}, which session ${firstWith + 1} has: readers would lose the ${title} names of every file on the disc; keep ${extension}: true`, optionPosition(context, session.index, extension)),
      );
    }
  }
  return findings;
}
