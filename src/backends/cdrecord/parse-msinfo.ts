// Parses `cdrecord -msinfo`: "last_session_start,next_writable_address". The pair is usually the
// whole of stdout, but warnings can come first (real-outputs/SOURCES.md §9), so the first line
// that is only the pair counts. Pure.

export interface Msinfo {
  lastSessionStart: number;
  nextWritableAddress: number;
}

export function parseMsinfo(output: string): Msinfo | undefined {
  const match = /^\s*(\d+)\s*,\s*(\d+)\s*$/m.exec(output);
  return match ? { lastSessionStart: Number(match[1]), nextWritableAddress: Number(match[2]) } : undefined;
}
