// Where files land on the disc: /.burnplan is burnplan's own (each session's checksum file).
import type { Finding } from '../finding.js';
import { finding, type LintContext } from './lint-context.js';

const RESERVED = '/.burnplan';

export function targetRules(context: LintContext): Finding[] {
  return context.plan.sessions.flatMap((session) =>
    session.files.flatMap((file, entry) =>
      file.grafted && (file.target === RESERVED || file.target.startsWith(`${RESERVED}/`))
        ? [finding('error', 'reserved-target', `target ${file.target} lies in ${RESERVED}, where burnplan keeps each session's checksums: choose another target`, context.locate.value(['sessions', session.index, 'files', entry, 'target']))]
        : [],
    ),
  );
}
