import { describe, expect, it } from 'vitest';
import { computeDiff, type DiscWriter } from '../../../src/diff/compute-diff.js';
import { hasChanges } from '../../../src/diff/diff-model.js';
import { burnedSession, cdr, facts, plan } from '../../helpers/builders.js';

/** Commands that say what they were built from. */
/** `grows`: the writer appends to overwriteable media, as xorriso does. */
function builder(canClose = true, grows = true): DiscWriter {
  return {
    burnSession: (index, landing, sectors, close) => [
      { program: 'burn', args: [`#${index}`, landing ? `-C ${landing.lastSessionStart},${landing.nextWritableAddress}` : 'blank', `${sectors}s`, close ? 'close' : 'multi'] },
    ],
    closeDisc: () => (canClose ? [{ program: 'fix', args: [] }] : undefined),
    growsOverwriteableMedia: grows,
  };
}

const kinds = (result: ReturnType<typeof computeDiff>) => result.rows.map((r) => r.kind);
const codes = (problems: { code: string }[]) => problems.map((p) => p.code);

describe('computeDiff: outcomes', () => {
  it('a blank disc: every session to burn, the first at LBA 0, the next after the real CD gaps', () => {
    const result = computeDiff(plan(['Session1', 'Session2']), cdr([]), facts(['A', 'B'], { 0: 1000, 1: 500 }), builder());
    expect(kinds(result)).toEqual(['to-burn', 'to-burn']);
    expect(result.rows.map((r) => (r.kind === 'to-burn' ? [r.landingLba, r.freeBefore, r.freeAfter] : null))).toEqual([
      [0, 359849, 359849 - 1002 - 11400],
      [1002 + 11400, 359849 - 1002 - 11400, 359849 - 1002 - 11400 - 502 - 6900],
    ]);
    expect(result.actions.map((a) => (a.kind === 'burn-session' ? a.commands[0]!.args : []))).toEqual([
      ['#0', 'blank', '1000s', 'multi'],
      ['#1', '-C 0,12402', '500s', 'multi'],
    ]);
    expect(result.finalize).toBe('stays-open');
    expect(result.burnSectors).toBe(1500);
    expect(result.moreSessionsFit).toBe(Math.floor(result.freeAfter! / (502 + 6900)));
    expect(hasChanges(result)).toBe(true);
  });

  it('in sync: the disc holds every session with its mark and the same fingerprints', () => {
    const disc = cdr([burnedSession(1, 0, 1002, 'Session1'), burnedSession(2, 12402, 502, 'Session2')]);
    const result = computeDiff(plan(['Session1', 'Session2']), disc, facts(['FP-Session1', 'FP-Session2']), builder());
    expect(kinds(result)).toEqual(['in-sync', 'in-sync']);
    expect(result.actions).toEqual([]);
    expect(result.conflicts).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(hasChanges(result)).toBe(false);
  });

  it('adopted: a hand-burned session with the planned label is in sync, with a note', () => {
    const disc = cdr([burnedSession(1, 0, 1002, 'Session1', { fingerprint: null, discId: '' })]);
    const result = computeDiff(plan(['Session1', 'Session2']), disc, facts(['X', 'Y'], { 1: 300 }), builder());
    expect(kinds(result)).toEqual(['adopted', 'to-burn']);
    expect(codes(result.warnings)).toEqual(['adopted']);
    expect(result.actions[0]).toMatchObject({ kind: 'burn-session', index: 1, expectedStart: disc.nextWritableAddress });
    expect(result.actions[0]!.commands[0]!.args[1]).toBe(`-C 0,${disc.nextWritableAddress}`);
  });

  it('drift: a burned session whose sources changed is a warning, and says the fix is a new session', () => {
    const disc = cdr([burnedSession(1, 0, 1002, 'Session1', { fingerprint: 'OLD' })]);
    const result = computeDiff(plan(['Session1']), disc, facts(['NEW']), builder());
    expect(kinds(result)).toEqual(['drift']);
    expect(result.conflicts).toEqual([]);
    expect(result.warnings[0]!.message).toContain('put the changes in a new session');
  });

  it('finalize with the last new session', () => {
    const result = computeDiff(plan(['A', 'B'], { finalize: 'close' }), cdr([]), facts(['A', 'B'], { 0: 10, 1: 10 }), builder());
    expect(result.actions.map((a) => (a.kind === 'burn-session' ? a.closes : null))).toEqual([false, true]);
    expect(result.finalize).toBe('close');
    expect(result.freeAfter).toBe(0);
  });

  it('finalize on its own when every session is there', () => {
    const result = computeDiff(plan(['A'], { finalize: 'close' }), cdr([burnedSession(1, 0, 100, 'A')]), facts(['FP-A']), builder());
    expect(result.actions).toEqual([{ kind: 'close-disc', commands: [{ program: 'fix', args: [] }] }]);
    expect(result.finalize).toBe('close');
  });

  it('a closed disc that holds the whole plan is in sync', () => {
    const disc = cdr([burnedSession(1, 0, 100, 'A')], { status: 'closed', nextWritableAddress: undefined, freeSectors: 0 });
    const result = computeDiff(plan(['A'], { finalize: 'close' }), disc, facts(['FP-A']), builder());
    expect(result.finalize).toBe('already-closed');
    expect(hasChanges(result)).toBe(false);
    expect(result.conflicts).toEqual([]);
  });

  it('a virtual disc cannot be closed: the step is left out with a warning', () => {
    const disc = cdr([], {}, 'virtual');
    const result = computeDiff(plan(['A'], { finalize: 'close' }), disc, facts(['A'], { 0: 64 }), builder());
    expect(result.finalize).toBe('close-skipped');
    expect(codes(result.warnings)).toEqual(['virtual-not-closed']);
    expect(result.actions[0]).toMatchObject({ closes: false });
  });

  // xorriso(1) 1.5.4, -close: "This will have no effect on overwritable media types."
  it('an overwriteable disc (DVD+RW) cannot be closed either: the step is left out with a warning', () => {
    const dvdrw = cdr([], { tool: { backend: 'xorriso', program: 'xorriso' }, nextWritableAddress: 32 }, 'dvd+rw');
    const result = computeDiff(plan(['A'], { finalize: 'close', disc: { id: 'family-archive', media: 'dvd+rw', backend: 'auto' } }), dvdrw, facts(['A'], { 0: 64 }), builder());
    expect(result.conflicts).toEqual([]);
    expect(result.finalize).toBe('close-skipped');
    expect(result.warnings).toEqual([{ code: 'overwriteable-not-closed', message: 'a DVD+RW cannot be closed (it is overwriteable: xorriso keeps it appendable): the close step is left out' }]);
    expect(result.actions[0]).toMatchObject({ kind: 'burn-session', closes: false, expectedStart: 32 });
  });

  it.each(['dvd+rw', 'bd-re'] as const)('a real %s the plan names is written', (media) => {
    const disc = cdr([], { tool: { backend: 'xorriso', program: 'xorriso' }, nextWritableAddress: 32 }, media);
    const result = computeDiff(plan(['A'], { disc: { id: 'family-archive', media, backend: 'auto' } }), disc, facts(['A'], { 0: 64 }), builder());
    expect(result.conflicts).toEqual([]);
    expect(kinds(result)).toEqual(['to-burn']);
  });

  it('says later sizes are estimates, and their landing too', () => {
    const result = computeDiff(plan(['A', 'B']), cdr([]), facts(['A', 'B'], { 0: 10, 1: [10, false] }), builder());
    expect(result.rows.map((r) => (r.kind === 'to-burn' ? r.landingExact : null))).toEqual([true, true]);
    expect(codes(result.warnings)).toEqual(['size-estimated']);
    const three = computeDiff(plan(['A', 'B', 'C']), cdr([]), facts(['A', 'B', 'C'], { 0: 10, 1: [10, false], 2: [10, false] }), builder());
    expect(three.rows.map((r) => (r.kind === 'to-burn' ? r.landingExact : null))).toEqual([true, true, false]);
  });
});

describe('computeDiff: conflicts, and nothing is burned', () => {
  const burnedA = burnedSession(1, 0, 1002, 'A');
  const cases: Array<[string, Parameters<typeof computeDiff>, string[]]> = [
    ['a label mismatch', [plan(['X']), cdr([burnedA]), facts(['FP-A']), builder()], ['label-mismatch']],
    ['another disc id (the wrong disc)', [plan(['A', 'B']), cdr([burnedSession(1, 0, 10, 'A', { discId: 'other-disc' })]), facts(['FP-A', 'B'], { 1: 10 }), builder()], ['wrong-disc']],
    ['sessions the plan does not list', [plan(['A']), cdr([burnedA, burnedSession(2, 12404, 10, 'B')]), facts(['FP-A']), builder()], ['extra-sessions']],
    ['a closed disc with sessions missing', [plan(['A', 'B']), cdr([burnedA], { status: 'closed', nextWritableAddress: undefined, freeSectors: 0 }), facts(['FP-A', 'B'], { 1: 10 }), builder()], ['closed-disc']],
    ['finalize: open on a closed disc', [plan(['A']), cdr([burnedA], { status: 'closed', nextWritableAddress: undefined, freeSectors: 0 }), facts(['FP-A']), builder()], ['closed-but-open-planned']],
    ['data that does not fit', [plan(['A']), cdr([]), facts(['A'], { 0: 400_000 }), builder()], ['does-not-fit']],
    ['a later session that does not fit any more', [plan(['A', 'B']), cdr([]), facts(['A', 'B'], { 0: 300_000, 1: 60_000 }), builder()], ['does-not-fit']],
    ['more sessions than a CD holds', [plan(Array.from({ length: 100 }, (_, i) => `S${i}`)), cdr([]), facts(Array.from({ length: 100 }, (_, i) => `S${i}`), Object.fromEntries(Array.from({ length: 100 }, (_, i) => [i, 1]))), builder()], ['too-many-sessions', 'does-not-fit']],
    ['a session that drops Joliet the disc has', [plan(['A', 'B'], {}, [{}, { joliet: false }]), cdr([burnedA]), facts(['FP-A', 'B'], { 1: 10 }), builder()], ['drops-joliet']],
    ['a session that drops Rock Ridge the disc has', [plan(['A', 'B'], {}, [{}, { rockRidge: false }]), cdr([burnedA]), facts(['FP-A', 'B'], { 1: 10 }), builder()], ['drops-rock-ridge']],
    ['a session without ISO 9660 (audio)', [plan(['A']), cdr([{ number: 1, startLba: 0, sizeSectors: 300 }]), facts(['A']), builder()], ['not-iso9660']],
    ['the wrong kind of media', [plan(['A'], { disc: { id: 'family-archive', media: 'dvd+r', backend: 'auto' } }), cdr([]), facts(['A'], { 0: 10 }), builder()], ['wrong-media']],
    ['an overwriteable plan on write-once media', [plan(['A'], { disc: { id: 'family-archive', media: 'dvd+rw', backend: 'auto' } }), cdr([], {}, 'dvd+r'), facts(['A'], { 0: 10 }), builder()], ['wrong-media']],
    ['a DVD+RW read through cdrecord', [plan(['A'], { disc: { id: 'family-archive', media: 'dvd+rw', backend: 'auto' } }), cdr([], {}, 'dvd+rw'), facts(['A'], { 0: 10 }), builder(true, false)], ['overwriteable-backend']],
    ['a read-only disc', [plan(['A']), cdr([], {}, 'dvd-rom'), facts(['A'], { 0: 10 }), builder()], ['not-writable']],
    ['closing on its own without a way to', [plan(['A'], { finalize: 'close' }), cdr([burnedA]), facts(['FP-A']), builder(false)], ['cannot-close']],
  ];

  it.each(cases)('%s', (_name, args, expected) => {
    const result = computeDiff(...args);
    expect(new Set(codes(result.conflicts))).toEqual(new Set(expected));
    expect(result.actions).toEqual([]);
    expect(hasChanges(result)).toBe(false);
  });

  it('reports a wrong disc once, not for every session', () => {
    const other = [burnedSession(1, 0, 10, 'A', { discId: 'x' }), burnedSession(2, 11412, 10, 'B', { discId: 'x' })];
    expect(codes(computeDiff(plan(['A', 'B']), cdr(other), facts(['FP-A', 'FP-B']), builder()).conflicts)).toEqual(['wrong-disc']);
  });
});

describe('computeDiff: discs that cannot be trusted', () => {
  const b: DiscWriter = { burnSession: () => [{ program: 'burn', args: [] }], closeDisc: () => [{ program: 'fix', args: [] }], growsOverwriteableMedia: false };

  it('refuses a disc with an unfinished session', () => {
    const disc = cdr([burnedSession(1, 0, 1002, 'A')], { unfinishedSession: true });
    const result = computeDiff(plan(['A', 'B']), disc, facts(['FP-A', 'B'], { 1: 10 }), b);
    expect(codes(result.conflicts)).toEqual(['unfinished-session']);
    expect(result.actions).toEqual([]);
  });

  it('refuses a session whose file system claims more than is on the disc', () => {
    const cut = burnedSession(1, 0, 400, 'A');
    cut.filesystem!.volumeSpaceSize = 808;
    expect(codes(computeDiff(plan(['A']), cdr([cut]), facts(['FP-A']), b).conflicts)).toEqual(['session-cut-short']);
  });

  it('refuses an appendable disc with no readable session rather than write over it', () => {
    const disc = cdr([], { status: 'appendable', nextWritableAddress: 11702 });
    expect(codes(computeDiff(plan(['A']), disc, facts(['A'], { 0: 10 }), b).conflicts)).toEqual(['unreadable-layout']);
  });

  it('says labels cannot be read through a cdrecord address, instead of "not ISO 9660"', () => {
    const disc = cdr([{ number: 1, startLba: 0, sizeSectors: 1002 }], { device: '1,0,0' });
    const result = computeDiff(plan(['A']), disc, facts(['FP-A']), b);
    expect(codes(result.conflicts)).toEqual(['labels-unreadable']);
    expect(result.conflicts[0]!.message).toContain('give the device path (/dev/srN) instead');
  });

  it('marks the commands of later sessions as holding estimates', () => {
    const result = computeDiff(plan(['A', 'B']), cdr([]), facts(['A', 'B'], { 0: 10, 1: [10, false] }), b);
    expect(result.actions.map((a) => (a.kind === 'burn-session' ? a.final : null))).toEqual([true, false]);
  });

  it('rounds DVD+R sessions to whole 16-sector blocks', () => {
    const disc = cdr([], { freeSectors: 2_295_104 }, 'dvd+r');
    const result = computeDiff(plan(['A', 'B'], { disc: { id: 'family-archive', media: 'dvd+r', backend: 'auto' } }), disc, facts(['A', 'B'], { 0: 1000, 1: 1000 }), b);
    expect(result.rows.map((r) => (r.kind === 'to-burn' ? r.landingLba : null))).toEqual([0, 1008 + 2048]);
  });
});

describe('computeDiff: imported sessions', () => {
  const imported = (labels: string[], count: number) => {
    const p = plan(labels);
    p.sessions.slice(0, count).forEach((s) => {
      s.imported = true;
      s.files = [];
    });
    return p;
  };

  it('are in sync by label, even when burnplan burned them from other files (no fingerprint to compare)', () => {
    const disc = cdr([burnedSession(1, 0, 1002, 'Session1', { fingerprint: null }), burnedSession(2, 12402, 502, 'Session2', { fingerprint: 'OTHER' })]);
    const result = computeDiff(imported(['Session1', 'Session2', 'Session3'], 2), disc, facts(['X', 'Y', 'Z'], { 2: 400 }), builder());
    expect(kinds(result)).toEqual(['adopted', 'adopted', 'to-burn']);
    expect(result.rows.slice(0, 2).every((r) => r.kind === 'adopted' && r.imported)).toBe(true);
    expect(codes(result.warnings)).toEqual(['imported']);
    expect(result.warnings[0]!.message).toContain('sessions 1, 2 are imported');
    expect(result.conflicts).toEqual([]);
  });

  it('a label mismatch is still a conflict', () => {
    const disc = cdr([burnedSession(1, 0, 1002, 'Other', { fingerprint: null })]);
    const result = computeDiff(imported(['Session1'], 1), disc, facts(['X']), builder());
    expect(codes(result.conflicts)).toEqual(['label-mismatch']);
  });

  it('are never burned: one missing from the disc is a conflict, and nothing after it is burned', () => {
    const result = computeDiff(imported(['Session1', 'Session2'], 1), cdr([]), facts(['X', 'Y'], { 1: 400 }), builder());
    expect(codes(result.conflicts)).toEqual(['imported-missing']);
    expect(kinds(result)).toEqual(['conflict', 'conflict']);
    expect(result.actions).toEqual([]);
  });
});
