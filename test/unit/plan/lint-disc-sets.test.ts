import { describe, expect, it } from 'vitest';
import { checkPlanText, summarize } from '../../helpers/check-plan-text.js';

const setOf = (discs: string, head = '') => `version: 1\n${head}discs:\n${discs}`;
const disc = (id: string, extra = '', files = '[./data]') => `  - id: ${id}\n${extra}    sessions:\n      - label: S1\n        files: ${files}\n`;

describe('a plan with a set of discs', () => {
  it('is valid, and resolved into one Plan per disc', async () => {
    const check = await checkPlanText(setOf(disc('photos-a') + disc('photos-b')), { 'data/a.txt': 'a' });
    expect(summarize(check.findings)).toEqual([]);
    expect(check.set?.discs.map((d) => d.disc.id)).toEqual(['photos-a', 'photos-b']);
    expect(check.scans).toHaveLength(2);
    expect(check.scans?.[1]?.manifests).toHaveLength(1);
  });

  it('reports a missing source of disc 2 at its line and column inside discs[1]', async () => {
    const yaml = setOf(disc('a') + disc('b', '', '[./data, ./gone]'));
    //                                      line 10: "        files: [./data, ./gone]"
    const check = await checkPlanText(yaml, { 'data/a.txt': 'a' });
    expect(summarize(check.findings)).toEqual(['10:25 warning lint/source-missing']);
    expect(check.findings[0]!.message).toContain('session 1 (S1)');
  });

  it('runs the disc rules on each disc, at its own keys', async () => {
    const yaml = setOf(disc('a') + disc('"b c"', '    device: nowhere\n'));
    const check = await checkPlanText(yaml, { 'data/a.txt': 'a' });
    expect(summarize(check.findings)).toEqual(['7:9 error lint/disc-id', '8:13 error lint/device']);
  });

  it('takes finalize from the disc, else the plan, and points at the one that is set', async () => {
    const empty = (id: string, extra = '') => `  - id: ${id}\n${extra}    sessions: []\n`;
    const check = await checkPlanText(setOf(empty('a') + empty('b', '    finalize: open\n') + empty('c', '    finalize: close\n'), 'finalize: close\n'));
    expect(summarize(check.findings)).toEqual(['2:11 error lint/close-without-sessions', '10:15 error lint/close-without-sessions']);
  });

  it('refuses an id given to two discs, at the second one', async () => {
    const check = await checkPlanText(setOf(disc('a') + disc('b') + disc('a')), { 'data/a.txt': 'a' });
    expect(summarize(check.findings)).toEqual(['11:9 error lint/duplicate-disc-id']);
    expect(check.findings[0]!.message).toBe('disc id "a" is already used by disc 1 of the set: each disc needs its own id, or one could be taken for another');
  });

  it('warns that two discs on the same device are burned one at a time on it', async () => {
    const check = await checkPlanText(setOf(disc('a', '    device: /dev/sr0\n') + disc('b', '    device: stdio:x.iso\n') + disc('c', '    device: /dev/sr0\n')), { 'data/a.txt': 'a' });
    expect(summarize(check.findings)).toEqual(['14:13 warning lint/shared-device']);
    expect(check.findings[0]!.message).toBe('disc 3 (c) uses /dev/sr0, as disc 1 (a) does: the set is burned one disc at a time on it (apply --disc c once disc a is done and the disc changed)');
  });

  it('compares virtual discs by the file they name', async () => {
    const check = await checkPlanText(setOf(disc('a', '    device: stdio:./x.iso\n') + disc('b', '    device: stdio:x.iso\n')), { 'data/a.txt': 'a' });
    expect(summarize(check.findings)).toEqual(['9:13 warning lint/shared-device']);
  });
});

describe('the form of a plan', () => {
  it('refuses a plan with both disc and discs, at each key of the one-disc form', async () => {
    const check = await checkPlanText(`version: 1\ndisc:\n  id: x\nsessions: []\n${'discs:\n'}${disc('a')}`, { 'data/a.txt': 'a' });
    expect(summarize(check.findings)).toEqual(['2:1 error schema/false schema', '4:1 error schema/false schema']);
    expect(check.findings.map((f) => f.message)).toEqual([
      'disc and discs cannot both be given: a plan is one disc (disc and sessions) or a set of discs (discs, each with its own sessions)',
      'sessions cannot be given beside discs: in a set of discs, each disc lists its own sessions',
    ]);
  });

  it('refuses a plan with neither disc nor discs, in one finding', async () => {
    const check = await checkPlanText('version: 1\nsessions: []\n');
    expect(check.findings.map((f) => `${summarize([f])[0]} ${f.message}`)).toEqual([
      '1:1 error schema/required the plan is missing the required key "disc" (or "discs", for a set of discs)',
    ]);
  });

  it('refuses an empty set and a disc of a set without sessions', async () => {
    expect(summarize((await checkPlanText('version: 1\ndiscs: []\n')).findings)).toEqual(['2:8 error schema/minItems']);
    const check = await checkPlanText('version: 1\ndiscs:\n  - id: a\n');
    expect(check.findings.map((f) => f.message)).toEqual(['disc 1 is missing the required key "sessions"']);
  });

  it('names a session of a set disc in the words of the plan', async () => {
    const check = await checkPlanText(setOf(`  - id: a\n    sessions:\n      - files: [./data]\n`), { 'data/a.txt': 'a' });
    expect(check.findings.map((f) => f.message)).toEqual(['session 1 of disc 1 is missing the required key "label"']);
  });
});

describe('a set the schema refuses', () => {
  it('still reports an id given to two discs', async () => {
    const check = await checkPlanText(setOf(disc('a', '    speed: 0\n') + disc('a')), { 'data/a.txt': 'a' });
    expect(summarize(check.findings)).toEqual(['4:12 error schema/minimum', '8:9 error lint/duplicate-disc-id']);
  });
});
