// Does a session carry Rock Ridge? Read from the System Use area of the root directory's first
// record (its "." entry), as SUSP 1.12 and RRIP 1.12 lay it out. Pure: when the answer lies in
// a continuation area, the caller is told which bytes to read and asks again with them.

import { parseDirectoryRecord } from './directory-record.js';
import { bothEndian32 } from './iso-fields.js';

/** A SUSP continuation area: `length` bytes at byte `offset` of logical block `lba` (absolute). */
export interface ContinuationArea {
  lba: number;
  offset: number;
  length: number;
}

export type RockRidgeDetection = { present: boolean } | { needContinuation: ContinuationArea };

// The ER identifiers of RRIP 1.09 (RRIP_1991A), 1.10 (IEEE_P1282) and 1.12 (IEEE_1282).
const RRIP_EXTENSION_IDS = new Set(['RRIP_1991A', 'IEEE_P1282', 'IEEE_1282']);
// Entries only RRIP defines. xorriso writes no RR entry, but always PX and TF.
const RRIP_SIGNATURES = new Set(['RR', 'PX', 'PN', 'SL', 'NM', 'CL', 'PL', 'RE', 'TF', 'SF']);

/**
 * `rootExtent` holds the start of the root directory's extent. `continuations` holds the
 * continuation areas read so far, in chain order: each is the area the previous answer's
 * `needContinuation` pointed at (the first one the area the "." entry's CE points at).
 *
 * Rock Ridge is present when the "." entry starts with an SUSP "SP" entry and the chain holds
 * an "ER" entry with an RRIP identifier or any RRIP entry (PX, NM, ...). The answer is given
 * as soon as the areas read decide it, so most images need no continuation at all.
 *
 *     const areas: Buffer[] = [];
 *     let found = detectRockRidge(root, areas);
 *     while ('needContinuation' in found && areas.length < LIMIT) {
 *       areas.push(await read(found.needContinuation));
 *       found = detectRockRidge(root, areas);
 *     }
 */
export function detectRockRidge(rootExtent: Buffer, continuations: readonly Buffer[] = []): RockRidgeDetection {
  const dot = parseDirectoryRecord(rootExtent, 0);
  if (!dot || !startsWithSp(dot.systemUse)) return { present: false };
  const areas = [dot.systemUse, ...continuations];
  for (const [index, area] of areas.entries()) {
    const scan = scanArea(area);
    if (scan.rrip) return { present: true };
    if (!scan.next) return { present: false };
    if (index === areas.length - 1) return { needContinuation: scan.next };
  }
  return { present: false };
}

/** SUSP 5.3: "SP", length 7, version 1, check bytes 0xBE 0xEF. */
function startsWithSp(systemUse: Buffer): boolean {
  return (
    systemUse.length >= 7 &&
    systemUse.toString('latin1', 0, 2) === 'SP' &&
    systemUse[2]! >= 7 &&
    systemUse[4] === 0xbe &&
    systemUse[5] === 0xef
  );
}

/** Whether an area shows RRIP, and the continuation area it points to, if any. */
function scanArea(area: Buffer): { rrip: boolean; next?: ContinuationArea } {
  let next: ContinuationArea | undefined;
  // Each SUSP entry: two signature bytes, its length (header included), its version.
  for (let at = 0; at + 4 <= area.length; ) {
    const signature = area.toString('latin1', at, at + 2);
    const length = area[at + 2]!;
    if (length < 4 || at + length > area.length || signature === 'ST') break;
    const entry = area.subarray(at, at + length);
    if (RRIP_SIGNATURES.has(signature)) return { rrip: true };
    if (signature === 'ER' && RRIP_EXTENSION_IDS.has(extensionId(entry))) return { rrip: true };
    if (signature === 'CE' && length >= 28) {
      next = { lba: bothEndian32(entry, 4)!, offset: bothEndian32(entry, 12)!, length: bothEndian32(entry, 20)! };
    }
    at += length;
  }
  return next ? { rrip: false, next } : { rrip: false };
}

/** SUSP 5.5: the identifier of an "ER" entry (its length at byte 4, the text from byte 8). */
function extensionId(entry: Buffer): string {
  if (entry.length < 8) return '';
  return entry.toString('latin1', 8, Math.min(entry.length, 8 + entry[4]!));
}
