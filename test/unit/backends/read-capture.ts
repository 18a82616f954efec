// What every reading parser makes of one captured output, as plain data a test can compare
// whole: each field is present only when its parser read something, so a parser that starts
// reading nothing (or something more) from a capture changes the summary.
import { discFromMinfo } from '../../../src/backends/cdrecord/assemble-cdrecord-disc.js';
import { classifyCdrecordError } from '../../../src/backends/cdrecord/cdrecord-errors.js';
import { parseCdrecordVersion } from '../../../src/backends/cdrecord/cdrecord-variant.js';
import { parseAtip, type Atip } from '../../../src/backends/cdrecord/parse-atip.js';
import { parseMinfo } from '../../../src/backends/cdrecord/parse-minfo.js';
import { parseMsinfo } from '../../../src/backends/cdrecord/parse-msinfo.js';
import { parseToc } from '../../../src/backends/cdrecord/parse-toc.js';
import { DeviceError } from '../../../src/disc/device-errors.js';
import { parseXorrisoToc } from '../../../src/backends/xorriso/parse-xorriso-toc.js';
import { discFromToc } from '../../../src/backends/xorriso/read-xorriso-disc.js';
import type { Disc } from '../../../src/disc/disc-model.js';

/** A Disc reduced to what a reader decides: status, [start LBA, sectors] per session, addresses. */
export interface DiscSummary {
  status: Disc['status'];
  sessions: Array<[number, number]>;
  nextWritableAddress?: number;
  freeSectors?: number;
  unfinishedSession?: true;
  /** How many disagreements the reader named. */
  damage?: number;
}

/** The reason of the DeviceError a reader threw instead of a Disc. */
export type DiscOrReason = DiscSummary | DeviceError['reason'];

export interface CaptureReading {
  /** cdrecord -toc: each track's start LBA and the lead-out. */
  toc?: { lbas: number[]; leadOut?: number };
  /** cdrecord -msinfo: last session start, next writable address. */
  msinfo?: [number, number];
  atip?: Atip;
  /** e.g. "wodim 1.1.11" */
  version?: string;
  /** The DeviceError reason classifyCdrecordError finds in the text. */
  cdrecordError?: DeviceError['reason'];
  /** The Disc built from -minfo, when the text has a "disk status" line. */
  minfo?: DiscOrReason;
  /** The Disc built from xorriso -toc, when the text comes from xorriso. */
  xorriso?: DiscOrReason;
}

export const DEVICE = '/dev/sr0';

export function readCapture(text: string): CaptureReading {
  const reading: CaptureReading = {};
  const toc = parseToc(text);
  if (toc) reading.toc = { lbas: toc.tracks.map((t) => t.lba), ...(toc.leadOut === undefined ? {} : { leadOut: toc.leadOut }) };
  const msinfo = parseMsinfo(text);
  if (msinfo) reading.msinfo = [msinfo.lastSessionStart, msinfo.nextWritableAddress];
  const atip = parseAtip(text);
  if (Object.keys(atip).length > 0) reading.atip = atip;
  const version = parseCdrecordVersion(text);
  if (version) reading.version = version.version;
  const error = classifyCdrecordError(text, DEVICE);
  if (error?.message.includes('\n')) throw error;
  if (error) reading.cdrecordError = error.reason;
  const minfo = parseMinfo(text);
  if (minfo.diskStatus !== undefined) reading.minfo = discOrReason(() => discFromMinfo(minfo, DEVICE, { backend: 'cdrecord', program: 'cdrecord' }));
  if (isXorrisoOutput(text)) reading.xorriso = discOrReason(() => discFromToc(parseXorrisoToc(text), DEVICE, 'xorriso'));
  return reading;
}

export function isXorrisoOutput(text: string): boolean {
  return /^(xorriso|Drive current|Media current)/m.test(text);
}

/** Runs a reader; anything it throws other than a one-line DeviceError is rethrown. */
export function discOrReason(read: () => Disc): DiscOrReason {
  let disc: Disc;
  try {
    disc = read();
  } catch (error) {
    if (!(error instanceof DeviceError) || error.message.includes('\n')) throw error;
    return error.reason;
  }
  return {
    status: disc.status,
    sessions: disc.sessions.map((s) => [s.startLba, s.sizeSectors]),
    ...(disc.nextWritableAddress === undefined ? {} : { nextWritableAddress: disc.nextWritableAddress }),
    ...(disc.freeSectors === undefined ? {} : { freeSectors: disc.freeSectors }),
    ...(disc.unfinishedSession ? { unfinishedSession: true as const } : {}),
    ...(disc.damage && disc.damage.length > 0 ? { damage: disc.damage.length } : {}),
  };
}
