// The line shown while a session is read back: how much, how fast, how long still. Pure.
import { bytesIn, formatBytes } from '../core/bytes.js';
import { formatDuration } from './parse-progress.js';

export function formatReadProgress(bytes: number, totalBytes: number, elapsedSeconds: number): string {
  const parts = [`read back ${bytesIn(bytes, 'MiB').toFixed(0)} of ${formatBytes(totalBytes, { unit: 'MiB', digits: 0 })}`];
  if (elapsedSeconds >= 1 && bytes > 0) {
    const rate = bytes / elapsedSeconds;
    parts.push(`${formatBytes(rate, { unit: 'MiB' })}/s`);
    if (totalBytes > bytes) parts.push(`about ${formatDuration(Math.round((totalBytes - bytes) / rate))} left`);
  }
  return parts.join(', ');
}
