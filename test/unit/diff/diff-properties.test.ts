// Properties of the pure diff, over random plans and discs (fast-check):
// - whatever prefix of a plan is already burned, applying the diff's actions (modelled as a
//   write-once CD-R) leaves a disc the next diff finds in sync: apply converges in one run;
// - such a prefix conflicts with its plan exactly when the sessions to burn do not fit;
// - a disc in conflict with its plan (wrong label, wrong disc, extra sessions, closed with
//   sessions missing) is always reported, and then nothing is to be written.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDiff, type DiscWriter } from '../../../src/diff/compute-diff.js';
import type { DiffResult } from '../../../src/diff/diff-model.js';
import { sessionCost } from '../../../src/diff/geometry.js';
import type { Disc } from '../../../src/disc/disc-model.js';
import { burnedSession, cdr, facts, plan } from '../../helpers/builders.js';

const CD_SECTORS = 359_849;
const builder: DiscWriter = { burnSession: (index) => [{ program: 'burn', args: [`${index}`] }], closeDisc: () => [{ program: 'fix', args: [] }], growsOverwriteableMedia: false };

/** What a CD-R looks like after the actions ran: each session where the diff said it lands. */
function applyToModel(disc: Disc, result: DiffResult, labels: readonly string[], fingerprints: readonly string[], sizes: readonly number[]): Disc {
  let next = disc;
  for (const action of result.actions) {
    if (action.kind === 'close-disc') {
      next = { ...next, status: 'closed', nextWritableAddress: undefined, freeSectors: 0 };
      continue;
    }
    const number = next.sessions.length + 1;
    const cost = sessionCost('cd-r', sizes[action.index]!, number);
    const session = burnedSession(number, action.expectedStart, cost.occupied, labels[action.index]!, { fingerprint: fingerprints[action.index]! });
    const nwa = action.expectedStart + cost.occupied + cost.gapAfter;
    next = action.closes
      ? { ...next, sessions: [...next.sessions, session], status: 'closed', nextWritableAddress: undefined, freeSectors: 0 }
      : { ...next, sessions: [...next.sessions, session], status: 'appendable', nextWritableAddress: nwa, freeSectors: CD_SECTORS - nwa };
  }
  return next;
}

/** A CD-R holding the first `burned` sessions of the plan, as burnplan burns them. */
function burnedPrefix(labels: readonly string[], sizes: readonly number[], burned: number): Disc {
  let start = 0;
  const sessions = labels.slice(0, burned).map((label, i) => {
    const cost = sessionCost('cd-r', sizes[i]!, i + 1);
    const session = burnedSession(i + 1, start, cost.occupied, label);
    start += cost.occupied + cost.gapAfter;
    return session;
  });
  return cdr(sessions, burned === 0 ? {} : { nextWritableAddress: start, freeSectors: CD_SECTORS - start });
}

/** Whether the sessions after the burned prefix fit, session after session, on the modelled CD-R. */
function fitsOnDisc(disc: Disc, sizes: readonly number[], burned: number): boolean {
  let free = disc.freeSectors ?? CD_SECTORS;
  for (let i = burned; i < sizes.length; i++) {
    const cost = sessionCost('cd-r', sizes[i]!, i + 1);
    if (cost.occupied > free) return false;
    free -= cost.occupied + cost.gapAfter;
  }
  return true;
}

/** Up to 12 sessions of up to `maxSectors` each, some of them burned already. */
function planShapeUpTo(maxSectors: number) {
  return fc
    .uniqueArray(fc.stringMatching(/^[A-Z][A-Za-z0-9_]{0,11}$/), { minLength: 1, maxLength: 12 })
    .chain((labels) =>
      fc.record({
        labels: fc.constant(labels),
        sizes: fc.array(fc.integer({ min: 1, max: maxSectors }), { minLength: labels.length, maxLength: labels.length }),
        burned: fc.integer({ min: 0, max: labels.length }),
        finalize: fc.constantFrom('open' as const, 'close' as const),
      }),
    );
}

const planShape = planShapeUpTo(25_000);
/** Plans whose sessions still to burn fit on the modelled CD-R: the diff has no conflict to report. */
const fittingShape = planShape.filter(({ labels, sizes, burned }) => fitsOnDisc(burnedPrefix(labels, sizes, burned), sizes, burned));
/** Sessions large enough that about half the plans do not fit. */
const crowdedShape = planShapeUpTo(60_000);
const RUNS = 300;

describe('the diff, over random plans and discs', () => {
  it('apply converges: after the actions of one diff, the next diff has nothing to do', () => {
    let checked = 0;
    fc.assert(
      fc.property(fittingShape, ({ labels, sizes, burned, finalize }) => {
        const thePlan = plan(labels, { finalize });
        const fingerprints = labels.map((l) => `FP-${l}`);
        const disc = burnedPrefix(labels, sizes, burned);
        const sizeFacts = Object.fromEntries(sizes.map((s, i) => [i, s]).filter(([i]) => i! >= burned));
        const first = computeDiff(thePlan, disc, facts(fingerprints, sizeFacts), builder);
        expect(first.conflicts).toEqual([]);
        expect(first.actions.filter((a) => a.kind !== 'close-disc')).toHaveLength(labels.length - burned);
        const after = applyToModel(disc, first, labels, fingerprints, sizes);
        const second = computeDiff(thePlan, after, facts(fingerprints), builder);
        expect(second.conflicts).toEqual([]);
        expect(second.actions).toEqual([]);
        expect(second.rows.map((r) => r.kind)).toEqual(labels.map(() => 'in-sync'));
        expect(after.status).toBe(finalize === 'close' ? 'closed' : 'appendable');
        checked++;
      }),
      { numRuns: RUNS },
    );
    // every generated plan went through every check above
    expect(checked).toBe(RUNS);
  });

  it('a burnplan-made prefix conflicts exactly when the sessions to burn do not fit, and then nothing is to be written', () => {
    let conflicts = 0;
    let fits = 0;
    fc.assert(
      fc.property(crowdedShape, ({ labels, sizes, burned, finalize }) => {
        const disc = burnedPrefix(labels, sizes, burned);
        const sizeFacts = Object.fromEntries(sizes.map((s, i) => [i, s]).filter(([i]) => i! >= burned));
        const result = computeDiff(plan(labels, { finalize }), disc, facts(labels.map((l) => `FP-${l}`), sizeFacts), builder);
        // the only conflict such a prefix can have: the data does not fit, exactly when the
        // write-once model says it does not
        if (fitsOnDisc(disc, sizes, burned)) {
          expect(result.conflicts).toEqual([]);
          fits++;
        } else {
          expect(result.conflicts.length).toBeGreaterThan(0);
          expect(result.conflicts.map((c) => c.code).every((c) => c === 'does-not-fit')).toBe(true);
          expect(result.actions).toEqual([]);
          conflicts++;
        }
      }),
      { numRuns: RUNS },
    );
    // both outcomes were checked often: neither branch is vacuous
    expect(Math.min(conflicts, fits)).toBeGreaterThan(RUNS / 10);
  });

  it('a disc in conflict with the plan is always reported, and nothing is then to be written', () => {
    const mutation = fc.constantFrom('relabel', 'other-disc', 'extra-session', 'closed-with-missing');
    fc.assert(
      fc.property(planShape, mutation, fc.nat(), ({ labels, sizes, burned, finalize }, kind, pick) => {
        fc.pre(labels.length >= 2 && burned >= 1);
        const thePlan = plan(labels, { finalize });
        const fingerprints = labels.map((l) => `FP-${l}`);
        let disc = burnedPrefix(labels, sizes, burned);
        const at = pick % burned;
        const session = disc.sessions[at]!;
        if (kind === 'relabel') disc.sessions[at] = burnedSession(session.number, session.startLba, session.sizeSectors, `${labels[at]}X`);
        if (kind === 'other-disc') disc.sessions[at] = burnedSession(session.number, session.startLba, session.sizeSectors, labels[at]!, { discId: 'someone-else' });
        if (kind === 'extra-session') {
          disc = burnedPrefix([...labels.slice(0, burned), 'Extra'], [...sizes.slice(0, burned), 500], burned + 1);
          thePlan.sessions = thePlan.sessions.slice(0, burned);
        }
        if (kind === 'closed-with-missing') {
          fc.pre(burned < labels.length);
          disc = { ...disc, status: 'closed', nextWritableAddress: undefined, freeSectors: 0 };
        }
        const sizeFacts = Object.fromEntries(sizes.map((s, i) => [i, s]));
        const result = computeDiff(thePlan, disc, facts(fingerprints, sizeFacts), builder);
        expect(result.conflicts.length).toBeGreaterThan(0);
        expect(result.actions).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
