// A plan written from a disc as it is (`burnplan import`): the disc id, media, every session
// with its label and flags as found, marked imported, and the finalize state, so that diff
// finds every session in sync and the user only appends new ones. Pure.
import { Document, isSeq } from 'yaml';
import { parseMark } from '../disc/burnplan-mark.js';
import type { Disc, DiscSession } from '../disc/disc-model.js';
import { createHash } from 'node:crypto';
import { isCdrecordAddress } from '../disc/device-names.js';
import { isToolDefaultId } from '../disc/tool-default-ids.js';
import { UserError } from '../errors.js';
import { DISC_ID_PATTERN } from '../plan/lint/disc-rules.js';
import { MEDIA_FACTS } from '../disc/media.js';

// every media a plan can name (DVD+RW, BD-RE and DVD-RW too)
const PLAN_MEDIA = new Set(Object.keys(MEDIA_FACTS));

export interface ImportOptions {
  /** The device as the plan should name it (a stdio: path already relative to the plan). */
  device: string;
  backend?: 'xorriso' | 'cdrecord';
  /** --id: the disc id to use when the disc records none (or to override a derived one). */
  discId?: string;
  /** A $schema modeline target, relative to the plan. */
  schemaPath?: string;
}

export interface ImportedPlan {
  text: string;
  discId: string;
  /** How the disc id was found: recorded by burnplan, given with --id, or made from a label. */
  discIdFrom: 'disc' | 'option' | 'label';
}

export function importedPlan(disc: Disc, options: ImportOptions): ImportedPlan {
  if (disc.sessions.length === 0) throw new UserError(`${disc.device}: the disc is blank: there is nothing to import (write a plan from scratch; see plans/demo.yaml)`);
  const sessions = disc.sessions.map((session) => labelled(disc, session));
  const { discId, discIdFrom } = chooseDiscId(disc, sessions, options.discId);
  const last = sessions[sessions.length - 1]!;
  // for the sessions the user appends: Joliet as the disc has it (dropping it would hide the
  // Joliet names), Rock Ridge always (multisession needs it); imported sessions say where they differ
  const defaults = { joliet: last.filesystem.joliet, rockRidge: true };
  const document = new Document({
    version: 1,
    disc: {
      id: discId,
      media: PLAN_MEDIA.has(disc.media.kind) ? disc.media.kind : 'any',
      device: options.device,
      ...(options.backend ? { backend: options.backend } : {}),
    },
    defaults,
    // before the sessions, so that new sessions are simply appended at the end of the file
    finalize: disc.status === 'closed' ? 'close' : 'open',
    sessions: sessions.map((session) => ({
      label: session.filesystem.volumeId,
      imported: true,
      ...(session.filesystem.joliet === defaults.joliet ? {} : { joliet: session.filesystem.joliet }),
      ...(session.filesystem.rockRidge === defaults.rockRidge ? {} : { rockRidge: session.filesystem.rockRidge }),
    })),
  });
  const header = [
    ...(options.schemaPath ? [` yaml-language-server: $schema=${options.schemaPath}`] : []),
    ` Written by burnplan import from ${disc.device} (${disc.media.description}, ${disc.status}, ${disc.sessions.length} session${disc.sessions.length === 1 ? '' : 's'}).`,
    ' The imported sessions list no files: they are on the disc already and are never burned.',
    disc.status === 'closed' ? ' The disc is closed: nothing can be added to it.' : ' Append new sessions at the end of the list, then run burnplan diff.',
  ];
  if (discIdFrom === 'label') {
    header.push(` No disc id of its own was recorded on the disc (none, or a tool's default such as ISOIMAGE): "${discId}" was made from the first label and the`);
    header.push(' places and sizes of its sessions (--id to choose one); new sessions record it.');
  }
  document.commentBefore = header.join('\n');
  const list = document.get('sessions', true);
  if (isSeq(list)) {
    list.items.forEach((item, i) => {
      const session = sessions[i]!;
      const mark = parseMark(session.filesystem.applicationId);
      const by = mark ? `burned by burnplan (fingerprint ${mark.fingerprint})` : 'not burned by burnplan';
      (item as { commentBefore?: string }).commentBefore = ` session ${session.number}: LBA ${session.startLba}, ${session.sizeSectors} sectors, ${by}`;
    });
  }
  if (disc.status !== 'closed') document.comment = ' the next session, for example:\n - label: NextSession\n   files: [./new-files]';
  return { text: document.toString({ lineWidth: 0 }), discId, discIdFrom };
}

type LabelledSession = DiscSession & { filesystem: NonNullable<DiscSession['filesystem']> };

function labelled(disc: Disc, session: DiscSession): LabelledSession {
  if (!session.filesystem && isCdrecordAddress(disc.device)) {
    throw new UserError(`${disc.device}: the sessions' labels cannot be read through a cdrecord address: give the device path (/dev/srN) instead`);
  }
  if (!session.filesystem) {
    const why = session.audio ? 'is an audio session' : 'holds no ISO 9660 file system that could be read';
    throw new UserError(`${disc.device}: session ${session.number} ${why}: burnplan plans data sessions only`);
  }
  if (session.filesystem.volumeId.trim() === '') throw new UserError(`${disc.device}: session ${session.number} has no label (an empty volume id): a plan matches sessions by label`);
  return session as LabelledSession;
}

function chooseDiscId(disc: Disc, sessions: readonly LabelledSession[], option: string | undefined): { discId: string; discIdFrom: ImportedPlan['discIdFrom'] } {
  const recorded = [...new Set(sessions.filter((s) => parseMark(s.filesystem.applicationId)).map((s) => s.filesystem.volumeSetId))];
  if (recorded.length > 1) throw new UserError(`${disc.device}: the disc's sessions record several disc ids (${recorded.join(', ')}): it cannot be imported as one disc`);
  if (recorded.length === 1) {
    if (option !== undefined && option !== recorded[0]) throw new UserError(`--id ${option}: the disc records the disc id "${recorded[0]}"; burnplan keeps it`);
    return { discId: recorded[0]!, discIdFrom: 'disc' };
  }
  if (option !== undefined) {
    if (!DISC_ID_PATTERN.test(option)) throw new UserError(`--id "${option}" cannot be a disc id: 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit`);
    return { discId: option, discIdFrom: 'option' };
  }
  const volumeSet = sessions.map((s) => s.filesystem.volumeSetId.trim()).find((id) => DISC_ID_PATTERN.test(id) && !isToolDefaultId(id));
  if (volumeSet) return { discId: volumeSet, discIdFrom: 'disc' };
  // the first label alone may be a tool's default too ("ISOIMAGE"): the layout of the sessions
  // (their places and sizes, the same at every import of this disc) makes the id this disc's own
  const layout = createHash('sha256').update(sessions.map((s) => `${s.startLba}+${s.sizeSectors}:${s.filesystem.volumeId}`).join('/')).digest('hex').slice(0, 6);
  const fromLabel = sessions[0]!.filesystem.volumeId.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+|-+$/g, '').slice(0, 57);
  return { discId: `${fromLabel || 'imported-disc'}-${layout}`, discIdFrom: 'label' };
}
