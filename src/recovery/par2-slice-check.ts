// Which slices of a file protected by a PAR2 set are damaged, from its bytes as read back
// (in chunks of any size: a file may be GiBs), and whether the set can repair the damage.
// Pure. A slice is compared where it belongs: par2 also searches other offsets for a slice's
// data, so it may find more intact slices than this, never fewer; "repairable" here is
// therefore one par2 agrees with.
import { createHash, type Hash } from 'node:crypto';
import type { Par2File, Par2Set } from './par2-set.js';

export class SliceCheck {
  private readonly damaged: number[] = [];
  private index = 0;
  private filled = 0;
  private hash: Hash = createHash('md5');

  constructor(
    private readonly slices: readonly { md5: string }[],
    private readonly sliceSize: number,
  ) {}

  update(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length && this.index < this.slices.length) {
      const take = Math.min(this.sliceSize - this.filled, chunk.length - at);
      this.hash.update(chunk.subarray(at, at + take));
      this.filled += take;
      at += take;
      if (this.filled === this.sliceSize) this.closeSlice();
    }
  }

  /** The indexes of the damaged slices; a slice the bytes stopped short of is damaged. */
  finish(): number[] {
    // PAR2 hashes the last slice padded with zeros to the slice size
    if (this.filled > 0) {
      this.hash.update(Buffer.alloc(this.sliceSize - this.filled));
      this.closeSlice();
    }
    while (this.index < this.slices.length) this.damaged.push(this.index++);
    return this.damaged;
  }

  private closeSlice(): void {
    if (this.hash.digest('hex') !== this.slices[this.index]!.md5) this.damaged.push(this.index);
    this.index++;
    this.filled = 0;
    this.hash = createHash('md5');
  }
}

/** Slices of the file par2 would have to rebuild when `damaged` of them are bad: all of them when its checksums are lost. */
export function slicesToRebuild(file: Par2File, sliceSize: number, damaged: number): number {
  if (file.slices) return damaged;
  return file.size !== undefined ? Math.ceil(file.size / sliceSize) : Number.POSITIVE_INFINITY;
}

/**
 * par2cmdline's rule (Par2Repairer::CheckVerificationResults): repair is possible when the
 * intact recovery slices are at least as many as the source slices missing or damaged.
 */
export function canRepair(set: Pick<Par2Set, 'recoverySlices'>, slicesMissing: number): boolean {
  return slicesMissing <= set.recoverySlices;
}
