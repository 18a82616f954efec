// Progress of a running burn, from the tools' own lines. Pure. Formats (real captures in
// test/fixtures, see the tests):
//   cdrecord, wodim, cdrskin:  "Track 01:   12 of  300 MB written (fifo 100%) [buf  99%]  16.0x."
//                              (fifo, buf and speed may be missing; on the fly without a total:
//                              "Track 01:    1 MB written (fifo 100%) [buf  99%]   4.2x.")
//   xorriso -as cdrecord:      "xorriso : UPDATE :    1 MB written (fifo 99%) [buf  84%]   7.5x."
//                              (with the track size known: "xorriso : UPDATE :  100 of 1986 MB written …")
//   xorriso:                   "xorriso : UPDATE : Writing:      73728s   37.7%   fifo 100%  buf  50%  138.7xD "
//   mkisofs, genisoimage:      " 12.28% done, estimate finish Tue Nov 24 05:18:05 2026"
// cdrecord rewrites its line with "\r"; callers split on both "\r" and "\n".

export interface Progress {
  /** 0–100, when the tool knows the total. */
  percent?: number;
  writtenMiB?: number;
  totalMiB?: number;
  /** Write speed as a multiple of the media's base speed. */
  speed?: number;
  /** Fill of the tool's fifo and of the drive's buffer, in percent. */
  fifo?: number;
  buffer?: number;
}

// "N [of M] MB written (fifo F%) [buf B%]  S.Sx.": cdrecord's words, which xorriso -as cdrecord
// copies (libisoburn xorriso/write_run.c: "%4d of %4d MB written" when it knows the track size)
const WRITTEN = String.raw`(\d+)(?:\s+of\s+(\d+))?\s+MB written\.?(?:\s*\(fifo\s*(\d+)%\))?(?:\s*\[buf\s*(\d+)%\])?(?:\s*([\d.]+)x\.)?`;
const CDRECORD = new RegExp(String.raw`Track\s+\d+:\s*` + WRITTEN);
const XORRISO_AS_CDRECORD = new RegExp(String.raw`UPDATE :\s*` + WRITTEN);
const XORRISO = /UPDATE : Writing:\s+(\d+)s\s+([\d.]+)%\s+fifo\s+(\d+)%\s+buf\s+(\d+)%(?:\s+([\d.]+)x[CDB])?/;
const MKISOFS = /^\s*([\d.]+)% done(?:, estimate finish|$)/;

export function parseProgressLine(line: string): Progress | undefined {
  let match: RegExpExecArray | null;
  if ((match = XORRISO.exec(line))) {
    return clean({ percent: Number(match[2]), writtenMiB: (Number(match[1]) * 2048) / 2 ** 20, fifo: Number(match[3]), buffer: Number(match[4]), speed: optional(match[5]) });
  }
  if ((match = CDRECORD.exec(line) ?? XORRISO_AS_CDRECORD.exec(line))) {
    const written = Number(match[1]);
    const total = optional(match[2]);
    return clean({
      writtenMiB: written,
      totalMiB: total,
      percent: total ? Math.min(100, (written / total) * 100) : undefined,
      fifo: optional(match[3]),
      buffer: optional(match[4]),
      speed: optional(match[5]),
    });
  }
  if ((match = MKISOFS.exec(line))) {
    const percent = Number(match[1]);
    return percent <= 100 ? { percent } : undefined;
  }
  return undefined;
}

/** Seconds left at the pace so far, once there is a pace to speak of. */
export function secondsLeft(percent: number, elapsedSeconds: number): number | undefined {
  if (percent <= 0 || percent >= 100 || elapsedSeconds < 2) return undefined;
  return Math.round((elapsedSeconds * (100 - percent)) / percent);
}

export function formatProgress(progress: Progress, elapsedSeconds: number): string {
  const parts: string[] = [];
  if (progress.percent !== undefined) parts.push(`${progress.percent.toFixed(1)}%`);
  if (progress.writtenMiB !== undefined) parts.push(`${progress.writtenMiB.toFixed(0)}${progress.totalMiB ? ` of ${progress.totalMiB}` : ''} MiB`);
  if (progress.speed !== undefined) parts.push(`${progress.speed}x`);
  if (progress.fifo !== undefined) parts.push(`fifo ${progress.fifo}%`);
  if (progress.buffer !== undefined) parts.push(`buffer ${progress.buffer}%`);
  const left = progress.percent === undefined ? undefined : secondsLeft(progress.percent, elapsedSeconds);
  if (left !== undefined) parts.push(`about ${formatDuration(left)} left`);
  return parts.join(', ');
}

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes} min ${seconds % 60} s` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

function optional(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text);
}

function clean(progress: Progress): Progress {
  return Object.fromEntries(Object.entries(progress).filter(([, v]) => v !== undefined)) as Progress;
}
