// Which lines of a failing burn say why it failed. Pure. A writer that fails goes on to print
// its statistics (fifo fill, "Fixating time", average speed) after the cause, so its last lines
// are rarely the ones a report needs; the cause is in its error lines, e.g. (cdrecord, wodim):
//   "Sense Key: 0x3 Medium Error, Segment 0"
//   "Sense Code: 0x0C Qual 0x00 (write error) Fru 0x0"
//   "write track data: error after 204800 bytes"
// and xorriso's "FAILURE"/"SORRY" messages.

const CAUSE = /\b(error|errors|cannot|failed|failure|sorry|fatal|aborting|denied|not ready|no space|exceeds|too small|not enough|unable|illegal|invalid)\b/i;
/** Lines that carry those words but no cause: raw SCSI bytes, timing, statistics, boilerplate,
 * and the routine warnings of a writer not allowed to lock memory or raise its priority. */
const NOISE = /^(CDB:|Sense Bytes:|Sense flags:|status: 0x|cmd finished|resid:|fifo |Fixating|Writing +time|Average write|Min drive|Track \d+: Total|Disk sub type|.*Please properly read the error message above|.*A write error occured|.*(RLIMIT|mlockall|priority|SCHED_))/i;

export function isCauseLine(line: string): boolean {
  const text = line.trim();
  return CAUSE.test(text) && !NOISE.test(text);
}

/**
 * Every cause line (the pipeline keeps the first few), in order, without repeats; else the last
 * lines as they are. None is dropped: a writer's stdout and stderr reach burnplan apart, in
 * either order, so a cut after the first few would keep or lose the same line from run to run.
 */
export function failureWords(causes: readonly string[], lastLines: readonly string[]): string {
  const unique = [...new Set(causes.map((l) => l.trim()))];
  return (unique.length > 0 ? unique : lastLines).join(' / ');
}
