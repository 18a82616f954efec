// What `diff --expect-no-changes` fails on. Pure.
import { driftedSessions, type DiffResult } from './diff-model.js';

/** What --expect-no-changes fails on: anything to burn or close, or a burned session that drifted. */
export function unexpectedChanges(result: DiffResult): string | undefined {
  const burns = result.actions.filter((a) => a.kind === 'burn-session').length;
  if (burns > 0) return `${burns} session${burns === 1 ? '' : 's'} to burn`;
  if (result.actions.length > 0) return 'the disc is to be closed';
  const drifted = driftedSessions(result).map((i) => i + 1);
  if (drifted.length > 0) return `the plan has drifted from the disc: ${drifted.length === 1 ? `session ${drifted[0]} was` : `sessions ${drifted.join(', ')} were`} burned from other files than it lists now`;
  return undefined;
}
