// The stops of an apply on several drives at once. Each drive's steps read their own ApplyStops
// (is this drive writing? did the user ask to stop?); the CLI's signal handlers see one: writing
// while any drive writes, and a stop asked for reaches every drive. One abort stops them all.
import type { ApplyStops } from './apply-context.js';

export interface SetStops {
  /** What the CLI's signal handlers are given. */
  all: ApplyStops;
  /** One per drive, in order. */
  drives: ApplyStops[];
  abort(reason: Error): void;
}

export function setStops(driveCount: number): SetStops {
  const controller = new AbortController();
  const drives: ApplyStops[] = Array.from({ length: driveCount }, () => ({ signal: controller.signal, writing: { active: false } }));
  let requested: ApplyStops['requested'];
  const all: ApplyStops = {
    signal: controller.signal,
    writing: {
      get active() {
        return drives.some((d) => d.writing.active);
      },
      set active(_value: boolean) {
        // each drive's own steps say when they write
      },
      warn: (message) => {
        for (const d of drives) if (d.writing.active) d.writing.warn?.(message);
      },
    },
    get requested() {
      return requested;
    },
    set requested(value) {
      requested = value;
      // a drive that is not writing stops before its next step, as a stop outside a write does
      for (const d of drives) d.requested = value && { ...value, duringWrite: value.duringWrite && d.writing.active };
    },
  };
  return { all, drives, abort: (reason) => controller.abort(reason) };
}
