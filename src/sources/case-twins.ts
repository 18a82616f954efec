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

/** The paths of the sessions so far, by their case and without it, added session after session. */
export class CaseIndex {
  private readonly exact = new Set<string>();
  private readonly caseless = new Map<string, { path: string; session: number }>();

  add(entries: readonly SessionEntry[], session: number): void {
    for (const entry of entries) {
      for (const discPath of [...ancestors(entry.discPath), entry.discPath]) {
        this.exact.add(discPath);
        const key = discPath.toLowerCase();
        if (!this.caseless.has(key)) this.caseless.set(key, { path: discPath, session });
      }
    }
  }

  /** The paths of `later` the index holds in another case: the top-most one of each, once. */
  twinsOf<T extends SessionEntry>(later: readonly T[]): CaseTwin<T>[] {
    const twins: CaseTwin<T>[] = [];
    const said = new Set<string>();
    for (const entry of later) {
      for (const discPath of [...ancestors(entry.discPath), entry.discPath]) {
        if (this.exact.has(discPath)) continue;
        const twin = this.caseless.get(discPath.toLowerCase());
        if (twin && !said.has(twin.path)) {
          said.add(twin.path);
          twins.push({ discPath, twin: twin.path, session: twin.session, entry });
        }
        break;
      }
    }
    return twins;
  }
}
