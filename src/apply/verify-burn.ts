// After a burn: re-read the disc and check that the new session is there, where it was meant to
// land, with its label, disc id and fingerprint; then read its data back. Never claim what was
// not re-read.
import { copyOf, parseMark } from '../disc/burnplan-mark.js';
import type { Disc } from '../disc/disc-model.js';
import { sessionSize } from '../disc/session-size.js';

export interface ExpectedSession {
  index: number;
  startLba: number;
  label: string;
  discId: string;
  fingerprint: string;
  /** The copy its mark must name (1 when the mark names none). */
  copy: number;
}

/** Pure: what is wrong with the burned session, in plain words (empty when all is as expected). */
export function sessionIdentityProblems(disc: Disc, expected: ExpectedSession): string[] {
  const session = disc.sessions[expected.index];
  if (!session) return [`the disc holds ${disc.sessions.length} sessions after the burn: session ${expected.index + 1} is not there`];
  const problems: string[] = [];
  if (session.startLba !== expected.startLba) problems.push(`it starts at LBA ${session.startLba}, not ${expected.startLba}`);
  const fs = session.filesystem;
  if (!fs) return [...problems, 'it holds no readable ISO 9660 file system'];
  // a session shorter than its own file system was cut short by the writer: never "intact"
  if (fs.volumeSpaceSize > session.sizeSectors) problems.push(`it is cut short: its file system claims ${fs.volumeSpaceSize} sectors but only ${session.sizeSectors} were written`);
  if (fs.volumeId !== expected.label) problems.push(`its label is "${fs.volumeId}", not "${expected.label}"`);
  if (fs.volumeSetId !== expected.discId) problems.push(`its disc id is "${fs.volumeSetId}", not "${expected.discId}"`);
  const mark = parseMark(fs.applicationId);
  if (mark?.fingerprint !== expected.fingerprint.toUpperCase()) problems.push(`its fingerprint is ${mark?.fingerprint ?? 'missing'}, not ${expected.fingerprint}`);
  if (mark && copyOf(mark) !== expected.copy) problems.push(`it is marked as copy ${copyOf(mark)}, not ${expected.copy}`);
  return problems;
}

/** The session is on the disc as burned: its report says so, with the size status and diff show (what the disc holds, not the measure). */
export function confirmSession(report: { identityVerified: boolean; sectors?: number; startLba?: number }, disc: Disc, expected: ExpectedSession): void {
  report.identityVerified = true;
  report.sectors = sessionSize(disc.sessions[expected.index]!);
  report.startLba = expected.startLba;
}
