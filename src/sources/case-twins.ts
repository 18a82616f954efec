// Two paths of a disc's last tree that differ only in case: Windows, which reads the Joliet tree
// and opens names without regard to case, reaches only one of them. Within one session the
// placement check finds them; this finds a later session's path that an earlier session holds
// in another case. Pure.
import { ancestors } from './disc-placement.js';
import type { SessionEntry } from './replaced-entries.js';

export interface CaseTwin<T extends SessionEntry> {
  discPath: string;
  /** The earlier session's path. */
  twin: string;
  /** 0-based: the earlier session that holds it. */
  session: number;
  entry: T;
}

export function caseTwins<T extends SessionEntry>(earlier: readonly (readonly SessionEntry[])[], later: readonly T[]): CaseTwin<T>[] {
  const exact = new Set<string>();
  const caseless = new Map<string, { path: string; session: number }>();
  earlier.forEach((entries, session) => {
    for (const entry of entries) {
      for (const discPath of [...ancestors(entry.discPath), entry.discPath]) {
        exact.add(discPath);
        if (!caseless.has(discPath.toLowerCase())) caseless.set(discPath.toLowerCase(), { path: discPath, session });
      }
    }
  });
  const twins: CaseTwin<T>[] = [];
  const said = new Set<string>();
  for (const entry of later) {
    // the top-most path that differs is said, not each one below it
    for (const discPath of [...ancestors(entry.discPath), entry.discPath]) {
      if (exact.has(discPath)) continue;
      const twin = caseless.get(discPath.toLowerCase());
      if (twin && !said.has(twin.path)) {
        said.add(twin.path);
        twins.push({ discPath, twin: twin.path, session: twin.session, entry });
      }
      break;
    }
  }
  return twins;
}
