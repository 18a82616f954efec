// Reads a plan file from disk and makes sure it is text worth parsing. Every failure becomes a
// one-line finding for the file as a whole; nothing here throws for bad input.
import { open } from 'node:fs/promises';
import { formatBytes } from '../core/bytes.js';
import { errorMessage, knownErrnoWords, PLAN_OPEN_WORDS } from '../core/errno-words.js';
import type { Finding } from './finding.js';

/** A 99-session plan is a few KiB; anything this large is not a plan, and YAML parsing it would take seconds. */
export const MAX_PLAN_BYTES = 1024 * 1024;

export type PlanText = { ok: true; text: string } | { ok: false; finding: Finding };

export async function readPlanText(file: string): Promise<PlanText> {
  let bytes: Buffer;
  try {
    const handle = await open(file, 'r');
    try {
      const info = await handle.stat();
      if (info.isDirectory()) return fail('is-directory', 'is a directory, not a plan file');
      if (!info.isFile()) return fail('not-a-file', 'is not a regular file');
      if (info.size > MAX_PLAN_BYTES) {
        return fail(
          'too-large',
          `is ${formatSize(info.size)}; plans larger than ${formatSize(MAX_PLAN_BYTES)} are refused (list folders, not single files)`,
        );
      }
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    return fail('unreadable', describeOpenError(error));
  }
  if (bytes.length > MAX_PLAN_BYTES) return fail('too-large', `is larger than ${formatSize(MAX_PLAN_BYTES)}`);
  if (bytes.includes(0)) return fail('binary', 'is not a text file (it contains NUL bytes)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('encoding', 'is not valid UTF-8 text');
  }
  if (text.trim() === '') return fail('empty', 'is empty; a plan needs at least `version`, `disc` and `sessions`');
  return { ok: true, text };
}

export function describeOpenError(error: unknown): string {
  return knownErrnoWords(error, PLAN_OPEN_WORDS) ?? `cannot be read: ${errorMessage(error)}`;
}

function fail(rule: string, message: string): PlanText {
  return { ok: false, finding: { severity: 'error', rule: `file/${rule}`, message } };
}

function formatSize(bytes: number): string {
  return formatBytes(bytes, { unit: bytes >= 1024 * 1024 ? 'MiB' : 'KiB' });
}
