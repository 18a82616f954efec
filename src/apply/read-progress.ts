// The line shown while a session is read back: how much, how fast, how long still. Pure.
import { formatDuration } from './parse-progress.js';

const MIB = 1024 ** 2;

export function formatReadProgress(bytes: number, totalBytes: number, elapsedSeconds: number): string {
  const parts = [`read back ${(bytes / MIB).toFixed(0)} of ${(totalBytes / MIB).toFixed(0)} MiB`];
  if (elapsedSeconds >= 1 && bytes > 0) {
    const rate = bytes / elapsedSeconds;
    parts.push(`${(rate / MIB).toFixed(1)} MiB/s`);
    if (totalBytes > bytes) parts.push(`about ${formatDuration(Math.round((totalBytes - bytes) / rate))} left`);
  }
  return parts.join(', ');
}
