// From the plan and its scanned sources to what the command builders need per session, and the
// fingerprints the diff compares. Pure.
import { formatMark } from '../disc/burnplan-mark.js';
import type { SessionContent } from '../backends/session-content.js';
import type { Plan } from '../plan/plan-model.js';
import type { SessionManifest } from '../sources/session-manifest.js';
import { manifestDiscPath } from '../checksums/checksum-manifest.js';
import type { ChecksumPlan } from '../checksums/local-manifest.js';
import { fingerprintSession } from '../diff/fingerprint.js';

export interface PreparedSessions {
  contents: SessionContent[];
  fingerprints: string[];
}

export interface ContentOptions {
  /** Record checksums in each session, in a manifest file at this local path (cdrecord path). */
  checksumFile?: (fingerprint: string, sessionNumber: number) => string;
  /** The copy each session's mark names (a plan of several copies). */
  copy?: number;
}

export function sessionContents(plan: Plan, manifests: readonly SessionManifest[], options: ContentOptions = {}): PreparedSessions {
  const fingerprints = plan.sessions.map((session, i) => fingerprintSession(session.options, manifests[i]!.entries));
  const contents = plan.sessions.map((session, i) => {
    const manifest = manifests[i]!;
    return {
      label: session.label,
      discId: plan.disc.id,
      applicationId: formatMark(fingerprints[i]!, options.copy === undefined ? {} : { copy: options.copy }),
      options: session.options,
      grafts: session.files.map((_file, j) => ({ source: manifest.sources[j]!, target: manifest.landings[j]! })),
      excluded: manifest.excluded,
      ...(options.checksumFile ? { checksums: checksumPlan(options.checksumFile(fingerprints[i]!, i + 1), i + 1, manifest) } : {}),
    };
  });
  return { contents, fingerprints };
}

function checksumPlan(localPath: string, sessionNumber: number, manifest: SessionManifest): ChecksumPlan {
  const files = manifest.entries.filter((e) => e.kind === 'file').map((e) => ({ discPath: e.discPath, sourcePath: e.sourcePath, size: e.size, mtimeMs: e.mtimeMs }));
  return { localPath, target: manifestDiscPath(sessionNumber), files };
}
