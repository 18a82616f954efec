// After `burnplan verify`: the copy it read has its sessions' verified flags set in the catalog
// beside the plan, as the read found them. Only what the catalog records already is changed (a
// catalog is made by apply or rebuild), and no catalog file is made where there is none.
import { access } from 'node:fs/promises';
import { copyOf, sessionMark } from '../disc/burnplan-mark.js';
import type { DiscSession } from '../disc/disc-model.js';
import type { SessionVerification } from '../verify/verify-model.js';
import { catalogPathFor, updateCatalog } from './catalog-file.js';
import { setVerified } from './catalog-model.js';

export async function recordVerifiedSessions(planFile: string, sessions: readonly DiscSession[], results: readonly SessionVerification[]): Promise<void> {
  const file = catalogPathFor(planFile);
  if (!(await access(file).then(() => true, () => false))) return;
  const checked = results.filter((r) => r.outcome === 'ok' || r.outcome === 'damaged');
  if (checked.length === 0) return;
  await updateCatalog(file, (catalog) =>
    checked.reduce((c, result) => {
      const session = sessions.find((s) => s.number === result.number);
      const mark = sessionMark(session?.filesystem);
      if (!session?.filesystem || !mark) return c;
      return setVerified(c, { discId: session.filesystem.volumeSetId, number: session.number, fingerprint: mark.fingerprint, copy: copyOf(mark) }, result.outcome === 'ok');
    }, catalog),
  );
}
