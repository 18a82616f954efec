// The options more than one command takes, declared once so that each parses and refuses them
// alike. commander checks them while parsing: a wrong value stops the command before it reads a
// plan or runs a tool, with commander's one line naming the option and what it allows.
import { InvalidArgumentError, Option } from 'commander';
import type { BackendChoice } from '../plan/plan-model.js';

export const BACKEND_CHOICES = ['auto', 'xorriso', 'cdrecord'] as const satisfies readonly BackendChoice[];

/** `-b, --backend`: commander's help lists the choices after the description. */
export function backendOption(description: string): Option {
  return new Option('-b, --backend <backend>', description).choices(BACKEND_CHOICES);
}

/** `--disc`: which disc of a plan with a set of discs (`discs:`) the command works on. */
export function discOption(): Option {
  return new Option('--disc <id>', 'the disc to work on, by its id, when the plan lists several (discs:)');
}

/** `-s, --session`: a session number, 1 for the first; whether the disc has it is checked later. */
export function sessionOption(description: string): Option {
  return new Option('-s, --session <number>', description).argParser(parseSessionNumber);
}

/** What Number() reads as a whole number from 1 on, as verify took it before. */
export function parseSessionNumber(value: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 1) throw new InvalidArgumentError('A session number is a whole number from 1 (the first session).');
  return number;
}

/** `--copy N`: which copy of the disc a blank disc becomes (a plan with copies: 2 or more). */
export function copyOption(): Option {
  return new Option('--copy <n>', 'the copy of the disc to work on, 1 for the first (copies: in the plan); a burned disc says which it is').argParser(parseCopyNumber);
}

function parseCopyNumber(value: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 1) throw new InvalidArgumentError('A copy number is a whole number from 1 (the first copy).');
  return number;
}

/** `-d, --device`, given once per drive: several at once work on a set's discs side by side. */
export function devicesOption(what = 'the drive (/dev/sr0) or a virtual disc (stdio:PATH)'): Option {
  return new Option('-d, --device <device>', `${what}; repeat it to work on several drives at once`).argParser(
    (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
  );
}
