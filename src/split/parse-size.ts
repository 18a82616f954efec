// Sizes as --capacity and --reserve take them: "25GB", "4MiB", "700MB", "359849s" (sectors),
// "1048576" (bytes); --reserve also "10%". Decimal units are powers of 1000 (as media are sold),
// binary ones of 1024. Pure: a wrong size is an error naming the option and the value.
import { UserError } from '../errors.js';
import { SECTOR_BYTES } from './split-model.js';

const UNITS: Record<string, number> = {
  '': 1, b: 1, s: SECTOR_BYTES,
  kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12,
  kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3, tib: 1024 ** 4,
};

export type SizeOrShare = { bytes: number } | { percent: number };

export function parseSize(option: string, text: string, { percent = false } = {}): SizeOrShare {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*|%)\s*$/i.exec(text);
  const unit = match?.[2]?.toLowerCase();
  if (match && unit === '%' && percent) {
    const value = Number(match[1]);
    if (value >= 100) throw new UserError(`${option} ${text}: a share of the disc must be below 100%`);
    return { percent: value };
  }
  if (!match || unit === undefined || !(unit in UNITS)) {
    const forms = percent ? 'a size such as 500MB, 1GiB or 2048s (sectors), or a share such as 10%' : 'a size such as 25GB, 4MiB, 700MB or 359849s (sectors)';
    throw new UserError(`${option} ${JSON.stringify(text)} is not ${forms}`);
  }
  const bytes = Math.floor(Number(match[1]) * UNITS[unit]!);
  if (!Number.isSafeInteger(bytes)) throw new UserError(`${option} ${text} is too large`);
  return { bytes };
}

/** Whole sectors in `bytes`, rounded down: a disc holds no part of a sector. */
export function sectorsIn(bytes: number): number {
  return Math.floor(bytes / SECTOR_BYTES);
}
