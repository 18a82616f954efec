// Small builders of plans, discs and burn contents for the pure logic's tests.
import { formatMark } from '../../src/disc/burnplan-mark.js';
import type { Disc, DiscSession, MediaKind } from '../../src/disc/disc-model.js';
import type { PlannedSessionFacts } from '../../src/diff/diff-model.js';
import type { SessionContent } from '../../src/backends/session-content.js';
import { DEFAULT_SESSION_OPTIONS, type Plan, type PlannedSession, type SessionOptions } from '../../src/plan/plan-model.js';

export function plannedSession(index: number, label: string, options: Partial<SessionOptions> = {}): PlannedSession {
  return { index, label, imported: false, acceptCutShort: false, files: [{ source: `/data/${label}`, target: '/', grafted: false }], exclude: [], options: { ...DEFAULT_SESSION_OPTIONS, ...options } };
}

export function plan(labels: readonly string[], overrides: Partial<Plan> = {}, options: Partial<SessionOptions>[] = []): Plan {
  return {
    file: 'plan.yaml',
    baseDir: '/home/ada',
    version: 1,
    disc: { id: 'family-archive', media: 'cd-r', device: '/dev/sr0', backend: 'auto' },
    sessions: labels.map((label, i) => plannedSession(i, label, options[i])),
    finalize: 'open',
    eject: false,
    copies: 1,
    ...overrides,
  };
}

export function burnedSession(number: number, startLba: number, sizeSectors: number, label: string, extra: { discId?: string; fingerprint?: string | null; joliet?: boolean; rockRidge?: boolean } = {}): DiscSession {
  const fingerprint = extra.fingerprint === undefined ? `FP-${label}` : extra.fingerprint;
  return {
    number,
    startLba,
    sizeSectors,
    filesystem: {
      volumeId: label,
      volumeSetId: extra.discId ?? 'family-archive',
      applicationId: fingerprint === null ? 'GENISOIMAGE ISO 9660/HFS FILESYSTEM CREATOR' : formatMark(fingerprint),
      publisherId: '',
      preparerId: '',
      volumeSpaceSize: sizeSectors,
      joliet: extra.joliet ?? true,
      rockRidge: extra.rockRidge ?? true,
    },
  };
}

/** A CD-R (80 min: 359,849 sectors) holding the given sessions. */
export function cdr(sessions: DiscSession[], overrides: Partial<Disc> = {}, kind: MediaKind = 'cd-r'): Disc {
  const last = sessions[sessions.length - 1];
  const nwa = last ? last.startLba + last.sizeSectors + (sessions.length === 1 ? 11_400 : 6_900) : 0;
  return {
    device: '/dev/sr0',
    tool: { backend: 'cdrecord', program: 'wodim' },
    media: { kind, description: kind.toUpperCase() },
    status: sessions.length === 0 ? 'blank' : 'appendable',
    sessions,
    nextWritableAddress: nwa,
    freeSectors: 359_849 - nwa,
    ...overrides,
  };
}

export function facts(fingerprints: readonly string[], sizes: Record<number, number | [number, boolean]> = {}): PlannedSessionFacts[] {
  return fingerprints.map((fingerprint, i) => {
    const size = sizes[i];
    if (size === undefined) return { fingerprint };
    const [sectors, exact] = Array.isArray(size) ? size : [size, true];
    return { fingerprint, size: { sectors, exact } };
  });
}

/** The shortest session to burn (the defaults, one source, no exclusions), with what `extra` adds. */
export function sessionContent(extra: Partial<SessionContent> = {}): SessionContent {
  return {
    label: 'Photos',
    discId: 'family',
    applicationId: 'BURNPLAN/1 ABC',
    options: DEFAULT_SESSION_OPTIONS,
    grafts: [{ source: '/home/ada/photos', target: '/photos' }],
    excluded: [],
    ...extra,
  };
}
