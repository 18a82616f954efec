// After an apply: every session it burned whose identity was checked goes into the catalog
// beside the plan, read back from the disc (files, blocks, the checksums the read-back verified),
// each copy marked verified when its data read back intact.
import type { ApplyReport } from '../apply/apply-report.js';
import type { Backend } from '../backends/backend-interface.js';
import { sectorPath } from '../disc/device-names.js';
import { attachFilesystems } from '../disc/read-session-filesystems.js';
import type { Plan } from '../plan/plan-model.js';
import { catalogPathFor, updateCatalog } from './catalog-file.js';
import { mergeSession, type Catalog, type SessionRecord } from './catalog-model.js';
import { readSessionRecord } from './read-session-record.js';

export interface RecordInputs {
  planFile: string;
  plan: Plan;
  /** The discs of the plan file in its order (the catalog lists them so). */
  discOrder: readonly string[];
  device: string;
  backend: Backend;
  report: ApplyReport;
  env: NodeJS.ProcessEnv;
}

/** The catalog as written, or undefined when the apply burned nothing to record. */
export async function recordAppliedSessions(inputs: RecordInputs): Promise<Catalog | undefined> {
  const { report } = inputs;
  const checked = report.sessions.filter((s) => s.identityVerified);
  if (checked.length === 0) return undefined;
  const records = await sessionRecords(inputs, checked);
  return updateCatalog(catalogPathFor(inputs.planFile), (catalog) => records.reduce((c, r) => mergeSession(c, r, inputs.discOrder), catalog));
}

async function sessionRecords(inputs: RecordInputs, checked: ApplyReport['sessions']): Promise<SessionRecord[]> {
  const image = sectorPath(inputs.device);
  const copy = inputs.plan.copy ?? 1;
  if (image === undefined) {
    // a cdrecord address cannot be read as a file: what the apply itself saw is recorded (the
    // session, its copy and start), its files are left as an earlier record or a rebuild has them
    return checked.map((s) => ({ discId: inputs.plan.disc.id, number: s.index + 1, label: s.label, fingerprint: s.fingerprint.toUpperCase(), copy: { copy, ...(s.startLba === undefined ? {} : { startLba: s.startLba }), verified: s.dataVerified === true }, files: [] }));
  }
  // the report's disc holds the identity of its last session only: the others are read from the sectors
  const sessions = inputs.report.disc.sessions.map((s) => ({ ...s }));
  await attachFilesystems(inputs.device, sessions.filter((s) => !s.audio && !s.filesystem));
  const records: SessionRecord[] = [];
  for (const s of checked) {
    const record = await readSessionRecord({ image, device: inputs.device, sessions, number: s.index + 1, verified: s.dataVerified === true, env: inputs.env, ...(s.recorded ? { recorded: s.recorded } : {}), ...(s.md5Listing ? { md5Listing: s.md5Listing } : {}), ...(inputs.backend.md5Lister ? { xorriso: inputs.backend.md5Lister } : {}) });
    if (record) records.push(record);
  }
  return records;
}
