// The apply task list, with a disc kept in memory and tiny real programs standing in for the
// burn, run with listr2's test renderer: which tasks run, in which order, and how they end.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApplyContext } from '../../../src/apply/apply-context.js';
import { applyTasks } from '../../../src/apply/apply-tasks.js';
import type { Disc } from '../../../src/disc/disc-model.js';
import { computeDiff } from '../../../src/diff/compute-diff.js';
import { formatMark } from '../../../src/disc/burnplan-mark.js';
import { scanSession } from '../../../src/sources/session-manifest.js';
import { burnedSession, cdr, facts, plan } from '../../helpers/builders.js';
import { AgreedTrees } from '../../../src/verify/check-trees.js';

const node = process.execPath;

/** A disc that gains the session each successful "burn" wrote. */
function memoryDisc(initial: Disc) {
  let disc = initial;
  return {
    read: async () => disc,
    add(label: string, fingerprint: string) {
      const start = disc.nextWritableAddress ?? 0;
      const session = burnedSession(disc.sessions.length + 1, start, 1000, label, { fingerprint, discId: 'family-archive' });
      const sessions = [...disc.sessions, session];
      disc = { ...disc, status: 'appendable', sessions, nextWritableAddress: start + 1002 + (sessions.length === 1 ? 11_400 : 6_900), freeSectors: (disc.freeSectors ?? 0) - 1002 - 11_400 };
    },
  };
}

const folders: string[] = [];

/** Each session's source: a real folder holding one file (apply checks it right before burning). */
function sourcesFor(labels: readonly string[]) {
  const dir = mkdtempSync(path.join(tmpdir(), 'burnplan-tasks-'));
  folders.push(dir);
  for (const label of labels) {
    mkdirSync(path.join(dir, label));
    writeFileSync(path.join(dir, label, 'a.txt'), label);
  }
  return dir;
}

async function context(labels: string[], failAt?: number, onBurn?: (index: number) => void) {
  const dir = sourcesFor(labels);
  const thePlan = plan(labels);
  thePlan.sessions.forEach((s) => (s.files = [{ source: path.join(dir, s.label), target: '/', grafted: false }]));
  const manifests = await Promise.all(thePlan.sessions.map(scanSession));
  const disc = memoryDisc(cdr([]));
  const fingerprints = labels.map((l) => `FP-${l}`);
  const programFor = (index: number) =>
    index === failAt
      ? { program: node, args: ['-e', 'console.error("wodim: A write error occured."); process.exit(254)'] }
      : { program: node, args: ['-e', 'console.log("Track 01:    1 of    2 MB written (fifo 100%) [buf  99%]   4.0x.")'] };
  const measured: number[] = [];
  // once armed (after the preview), building a session's commands stands for burning it
  let armed = false;
  const builder = {
    sizeInBurn: true,
    measureSession: (index: number) => ({
      command: { program: node, args: ['-e', 'console.log(1000)', `${index}`] },
      sectors: (stdout: string) => {
        measured.push(index);
        return Number(stdout.trim());
      },
    }),
    burnSession: (index: number) => {
      onBurn?.(index);
      if (armed && index !== failAt) disc.add(labels[index]!, fingerprints[index]!);
      return [programFor(index)];
    },
    closeDisc: () => undefined,
    growsOverwriteableMedia: false,
  };
  const result = computeDiff(thePlan, cdr([]), facts(fingerprints, Object.fromEntries(labels.map((_, i) => [i, 1000]))), builder);
  armed = true;
  const contents = labels.map((label, i) => ({ label, discId: 'family-archive', applicationId: formatMark(fingerprints[i]!), options: thePlan.sessions[i]!.options, grafts: [], excluded: [] }));
  const ctx: ApplyContext = {
    agreedTrees: new AgreedTrees(),
    plan: thePlan,
    device: '/dev/sr0',
    backend: { name: 'cdrecord', program: 'wodim', recordsChecksums: false, readDisc: disc.read, writer: () => builder, measureStandalone: async () => [], ejectCommand: (device) => ({ program: 'wodim', args: [`dev=${device}`, '-eject'] }), driveScanner: () => Promise.reject(new Error('not listed here')) },
    prepared: { result, contents, fingerprints, manifests, builder, measured: new Map() },
    actions: result.actions,
    dummy: false,
    // the memory disc has no sectors to read back: the data read-back is tested end to end
    verifyData: false,
    eject: false,
    stops: { signal: new AbortController().signal, writing: { active: false } },
    env: process.env,
    commands: new Map(),
    reports: result.actions.flatMap((a) => (a.kind === 'burn-session' ? [{ index: a.index, label: a.label, fingerprint: fingerprints[a.index]!, burned: false, identityVerified: false, dataVerified: 'not-done' as const, damaged: [] }] : [])),
    started: new Set(),
    closed: false,
    ejected: false,
    disc: cdr([]),
  };
  return { ctx, measured, dir };
}

/** The reports of the sessions whose steps began, as apply reports them. */
function started(ctx: ApplyContext) {
  return ctx.reports.filter((r) => ctx.started.has(r.index));
}

/** The test renderer's events as "STATE:title" and "OUTPUT:text". */
function captureStdout() {
  const lines: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    for (const line of String(chunk).split('\n').filter(Boolean)) {
      const event = JSON.parse(line) as { event: string; data: string; task: { title: string } };
      lines.push(event.event === 'STATE' ? `${event.data}:${event.task.title}` : `${event.event}:${event.data}`);
    }
    return true;
  });
  return lines;
}

afterEach(() => {
  vi.restoreAllMocks();
  while (folders.length > 0) rmSync(folders.pop()!, { recursive: true, force: true });
});

describe('apply task list', () => {
  it('checks, burns and verifies every session in order', async () => {
    const { ctx, measured } = await context(['One', 'Two']);
    const lines = captureStdout();
    await applyTasks(ctx, 'test').run();
    vi.restoreAllMocks();
    const events = lines.filter((l) => /^(STARTED|COMPLETED|FAILED|SKIPPED)/.test(l));
    expect(events).toEqual([
      'STARTED:session 1: One',
      'STARTED:check the disc',
      'COMPLETED:check the disc: session 1 lands at LBA 0',
      'STARTED:measure',
      'COMPLETED:measure: 1000 sectors',
      'STARTED:check the sources are as measured',
      'COMPLETED:check the sources are as measured',
      'STARTED:burn',
      'COMPLETED:burn',
      'STARTED:verify',
      'COMPLETED:verify: the disc holds the session (data read-back skipped: --no-verify)',
      'COMPLETED:session 1: One',
      'STARTED:session 2: Two',
      'STARTED:check the disc',
      'COMPLETED:check the disc: session 2 lands at LBA 12402',
      'STARTED:measure',
      'COMPLETED:measure: 1000 sectors',
      'STARTED:check the sources are as measured',
      'COMPLETED:check the sources are as measured',
      'STARTED:burn',
      'COMPLETED:burn',
      'STARTED:verify',
      'COMPLETED:verify: the disc holds the session (data read-back skipped: --no-verify)',
      'COMPLETED:session 2: Two',
    ]);
    expect(lines).toContain('OUTPUT:50.0%, 1 of 2 MiB, 4x, fifo 100%, buffer 99%');
    // each session measured right before it burns, by its own builder
    expect(measured).toEqual([0, 1]);
    expect(started(ctx).map((r) => [r.label, r.burned, r.identityVerified, r.dataVerified])).toEqual([
      ['One', true, true, 'skipped'],
      ['Two', true, true, 'skipped'],
    ]);
  });

  it('stops at a failing burn with the tool\'s own words, and burns nothing after it', async () => {
    const { ctx } = await context(['One', 'Two', 'Three'], 1);
    const lines = captureStdout();
    await expect(applyTasks(ctx, 'test').run()).rejects.toThrow(`${node} failed (exit 254): wodim: A write error occured.`);
    vi.restoreAllMocks();
    const events = lines.filter((l) => /^(STARTED|COMPLETED|FAILED)/.test(l));
    expect(events).toContain('FAILED:burn');
    expect(events.some((e) => e.includes('session 3'))).toBe(false);
    expect(started(ctx).map((r) => r.burned)).toEqual([true, false]);
  });

  it('a stop asked for during a write: that session is finished and read back, no other starts', async () => {
    const { ctx } = await context(['One', 'Two']);
    ctx.stops.writing.warn = () => undefined;
    // the stop arrives while session 1 is being written
    const realWarn = Object.getOwnPropertyDescriptor(ctx.stops.writing, 'active');
    expect(realWarn).toBeDefined();
    let writes = 0;
    Object.defineProperty(ctx.stops.writing, 'active', {
      get: () => writes > 0,
      set: (value: boolean) => {
        if (value) {
          writes++;
          ctx.stops.requested = { signal: 'SIGINT', duringWrite: true };
        } else writes = 0;
      },
    });
    const lines = captureStdout();
    await expect(applyTasks(ctx, 'test').run()).rejects.toThrow('stopped by the user (SIGINT)');
    vi.restoreAllMocks();
    const events = lines.filter((l) => /^(STARTED|COMPLETED|FAILED)/.test(l));
    expect(events).toContain('COMPLETED:verify: the disc holds the session (data read-back skipped: --no-verify)');
    expect(events.filter((e) => e.startsWith('STARTED:burn'))).toHaveLength(1);
    expect(events).toContain('FAILED:session 2: Two');
    expect(started(ctx).map((r) => [r.burned, r.identityVerified])).toEqual([[true, true]]);
  });

  it('a source changed after it was measured: that session is not burned', async () => {
    let grown = false;
    const hold: { dir?: string; reports?: unknown[] } = {};
    const { ctx, dir } = await context(['One', 'Two'], undefined, (index) => {
      // session 2's measurement is where its commands are built: its file grows right after
      if (index === 1 && !grown && hold.reports?.length === 2) {
        grown = true;
        writeFileSync(path.join(hold.dir!, 'Two', 'a.txt'), 'Two, and a photo more');
      }
    });
    hold.dir = dir;
    hold.reports = ctx.reports;
    const lines = captureStdout();
    await expect(applyTasks(ctx, 'test').run()).rejects.toThrow(/the sources of session 2 \(Two\) changed since they were measured: \S+a\.txt grew from 3 to 21 bytes\. Nothing was written for it/);
    vi.restoreAllMocks();
    expect(lines.filter((l) => /^(STARTED|COMPLETED|FAILED):burn/.test(l))).toEqual(['STARTED:burn', 'COMPLETED:burn']);
    expect(started(ctx).map((r) => r.burned)).toEqual([true, false]);
  });
});
