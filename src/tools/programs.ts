// The external programs burnplan drives, how to find them, and what to tell a user who lacks one.
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';

export type ProgramRole = 'xorriso' | 'cdrecord' | 'mkisofs' | 'par2';

interface RoleFacts {
  /** Names tried on PATH, in order of preference. */
  candidates: readonly string[];
  envVar: string;
  /** What to install on Debian and Ubuntu. */
  debianPackage: string;
}

export const PROGRAM_ROLES: Record<ProgramRole, RoleFacts> = {
  xorriso: { candidates: ['xorriso'], envVar: 'BURNPLAN_XORRISO', debianPackage: 'xorriso' },
  // cdrtools' cdrecord first (users who installed it chose it), then cdrkit's wodim, then cdrskin
  cdrecord: { candidates: ['cdrecord', 'wodim', 'cdrskin'], envVar: 'BURNPLAN_CDRECORD', debianPackage: 'wodim' },
  mkisofs: { candidates: ['mkisofs', 'genisoimage'], envVar: 'BURNPLAN_MKISOFS', debianPackage: 'genisoimage' },
  par2: { candidates: ['par2'], envVar: 'BURNPLAN_PAR2', debianPackage: 'par2' },
};

export class ProgramMissingError extends UserError {
  constructor(
    readonly role: ProgramRole,
    message: string,
  ) {
    super(message);
    this.name = 'ProgramMissingError';
  }
}

/** The program to run for a role: $BURNPLAN_<ROLE> when set, else the first candidate on PATH. */
export function findProgram(role: ProgramRole, env: NodeJS.ProcessEnv = process.env): string {
  const facts = PROGRAM_ROLES[role];
  const override = env[facts.envVar];
  if (override) {
    const resolved = override.includes('/') ? path.resolve(override) : searchPath(override, env);
    if (!resolved || !isExecutable(resolved)) {
      throw new ProgramMissingError(role, `${facts.envVar}=${override}: no such executable program`);
    }
    return resolved;
  }
  for (const candidate of facts.candidates) {
    const found = searchPath(candidate, env);
    if (found) return found;
  }
  const names = facts.candidates.join(' or ');
  throw new ProgramMissingError(
    role,
    `${names} not found on PATH: install it (Debian/Ubuntu: apt-get install ${facts.debianPackage}) or set ${facts.envVar} to the program's path`,
  );
}

/** True when the role's program can be found, without throwing. */
export function hasProgram(role: ProgramRole, env: NodeJS.ProcessEnv = process.env): boolean {
  try {
    findProgram(role, env);
    return true;
  } catch {
    return false;
  }
}

function searchPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env['PATH'] ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

function isExecutable(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
