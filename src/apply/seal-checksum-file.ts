// On the cdrecord path the checksum file is written right before the burn; the session's mark
// then records its hash (checksums/sealed-mark.ts). The application id is a fixed field of the
// volume descriptor, so the image keeps the size it was measured at.
import { readFile } from 'node:fs/promises';
import type { SessionContent } from '../backends/session-content.js';
import { sealedMark } from '../checksums/sealed-mark.js';
import type { Command } from '../core/command.js';

/** The burn commands with the sealed mark in place of the unsealed one; `content` gets it too. */
export async function sealChecksumFile(content: SessionContent, commands: readonly Command[]): Promise<Command[]> {
  if (!content.checksums) return [...commands];
  const mark = sealedMark(content.applicationId, await readFile(content.checksums.localPath));
  const sealed = commands.map((command) => ({ ...command, args: command.args.map((arg, i) => (i > 0 && command.args[i - 1] === '-A' && arg === content.applicationId ? mark : arg)) }));
  content.applicationId = mark;
  return sealed;
}
