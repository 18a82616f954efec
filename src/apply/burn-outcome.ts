// What a burn's end says, in the words a report needs. Pure.
import { SECTOR_BYTES } from '../disc/disc-model.js';
import { howItEnded } from '../core/command.js';
import { failureWords } from './failure-lines.js';
import type { PipelineResult } from './run-pipeline.js';

export function burnFailureMessage(result: PipelineResult): string {
  return `${result.failed?.program ?? 'the tool'} ${howItEnded(result)}: ${failureWords(result.causeLines, result.lastLines)}`;
}

/**
 * The image mkisofs streamed into the writer against the size the writer was told (tsize=):
 * more means the writer cut the session short, less that it padded it; either way the session
 * on the disc is not the one measured.
 */
export function streamMismatch(result: PipelineResult, expectedBytes: number): string | undefined {
  const streamed = result.streamedBytes;
  if (streamed === undefined || streamed === expectedBytes) return undefined;
  const sectors = (bytes: number) => `${Math.ceil(bytes / SECTOR_BYTES)} sectors`;
  const producer = result.producer ?? 'the image';
  return streamed > expectedBytes
    ? `${producer} sent ${sectors(streamed)} but the writer was told ${sectors(expectedBytes)}: the session on the disc is cut short`
    : `${producer} sent only ${sectors(streamed)} of the ${sectors(expectedBytes)} measured: the session on the disc ends in padding`;
}
