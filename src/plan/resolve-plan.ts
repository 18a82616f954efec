// PlanFileDocument (what the file says) → PlanSet (what burnplan does, a Plan per disc): defaults
// applied, paths resolved against the plan file's folder. Pure apart from path arithmetic.
import path from 'node:path';
import {
  DEFAULT_BACKEND,
  DEFAULT_COPIES,
  DEFAULT_EJECT,
  DEFAULT_FINALIZE,
  DEFAULT_MEDIA,
  DEFAULT_SESSION_OPTIONS,
  type Plan,
  type PlannedFile,
  type PlanSet,
  type SessionOptions,
} from './plan-model.js';
import { discParts } from './plan-discs.js';
import type { PlanDocument, PlanFileDocument } from './plan-schema.js';

type SessionDocument = PlanDocument['sessions'][number];
type OptionsDocument = NonNullable<PlanDocument['defaults']>;

/** Every disc of the file, in its order; today's form (`disc` + `sessions`) is a set of one. */
export function resolvePlan(document: PlanFileDocument, file: string): PlanSet {
  const baseDir = baseDirOf(file);
  const discs = discParts(document).map((part) => resolveDisc(part.document, file));
  return { file, baseDir, discs, ...(document.devices ? { devices: document.devices.map((device) => resolveDevice(device, baseDir)) } : {}) };
}

/** One disc, in the one-disc form (a disc of a set as plan-discs.ts gives it). */
export function resolveDisc(document: PlanDocument, file: string): Plan {
  const baseDir = baseDirOf(file);
  const defaults = mergeOptions(DEFAULT_SESSION_OPTIONS, document.defaults ?? {});
  return {
    file,
    baseDir,
    version: document.version,
    disc: {
      id: document.disc.id,
      media: document.disc.media ?? DEFAULT_MEDIA,
      device: document.disc.device === undefined ? undefined : resolveDevice(document.disc.device, baseDir),
      backend: document.disc.backend ?? DEFAULT_BACKEND,
      speed: document.disc.speed,
    },
    sessions: document.sessions.map((session, index) => ({
      index,
      label: session.label,
      imported: session.imported === true,
      acceptCutShort: session.acceptCutShort === true,
      files: (session.files ?? []).map((entry) => resolveFile(entry, baseDir)),
      exclude: session.exclude ?? [],
      options: mergeOptions(defaults, session),
    })),
    finalize: document.finalize ?? DEFAULT_FINALIZE,
    eject: document.eject ?? DEFAULT_EJECT,
    copies: document.copies ?? DEFAULT_COPIES,
  };
}

function baseDirOf(file: string): string {
  return path.dirname(path.resolve(file));
}

const STDIO_PREFIX = 'stdio:';

/** `stdio:relative/path` is taken from the plan's folder; device paths and cdrecord addresses stay as they are. */
export function resolveDevice(device: string, baseDir: string): string {
  if (!device.startsWith(STDIO_PREFIX)) return device;
  return STDIO_PREFIX + path.resolve(baseDir, device.slice(STDIO_PREFIX.length));
}

function resolveFile(entry: NonNullable<SessionDocument['files']>[number], baseDir: string): PlannedFile {
  if (typeof entry === 'string') return { source: path.resolve(baseDir, entry), target: '/', grafted: false };
  return { source: path.resolve(baseDir, entry.source), target: normalizeTarget(entry.target), grafted: true };
}

/** "/a//b/" and "/a/b" are the same place on the disc. */
export function normalizeTarget(target: string): string {
  const normalized = path.posix.normalize(target);
  return normalized.length > 1 && normalized.endsWith('/') ? normalized.slice(0, -1) : normalized;
}

function mergeOptions(base: SessionOptions, overrides: OptionsDocument): SessionOptions {
  const merged: SessionOptions = { ...base };
  if (overrides.joliet !== undefined) merged.joliet = overrides.joliet;
  if (overrides.rockRidge !== undefined) merged.rockRidge = overrides.rockRidge;
  if (overrides.isoLevel !== undefined) merged.isoLevel = overrides.isoLevel;
  if (overrides.publisher !== undefined) merged.publisher = overrides.publisher;
  if (overrides.preparer !== undefined) merged.preparer = overrides.preparer;
  if (overrides.followSymlinks !== undefined) merged.followSymlinks = overrides.followSymlinks;
  if (overrides.hiddenFiles !== undefined) merged.hiddenFiles = overrides.hiddenFiles;
  if (overrides.recovery === 'off') delete merged.recovery;
  else if (overrides.recovery !== undefined) merged.recovery = Number.parseInt(overrides.recovery, 10);
  return merged;
}
