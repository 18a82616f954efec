import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { discState, discStateChanges, savedDiffJson, type SavedDiff } from '../../../src/diff/saved-diff.js';
import { parseSavedDiff } from '../../../src/gather/parse-saved-diff.js';
import { UserError } from '../../../src/errors.js';
import { burnedSession, cdr } from '../../helpers/builders.js';
import { REPO_ROOT } from '../../helpers/run-burnplan.js';

/** Written by `burnplan diff plan.yaml --out` for a virtual disc with one session, a second to burn. */
const REAL_FILE = path.join(REPO_ROOT, 'test/fixtures/saved-diff/second-session.json');
const realText = readFileSync(REAL_FILE, 'utf8');
const real = (): SavedDiff => JSON.parse(realText) as SavedDiff;

function refusal(text: string): string {
  try {
    parseSavedDiff(text, 'x.json');
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as Error).message;
  }
  throw new Error('parseSavedDiff accepted it');
}

describe('discStateChanges', () => {
  it('names what changed since a diff was saved, in plain words', () => {
    const saved = discState(cdr([burnedSession(1, 0, 1000, 'A')]));
    const now = discState(cdr([burnedSession(1, 0, 1000, 'A'), burnedSession(2, 12402, 1000, 'B')]));
    expect(discStateChanges(saved, saved)).toEqual([]);
    expect(discStateChanges(saved, now)).toEqual([
      'the number of sessions was 1, is now 2',
      'the last session start was 0, is now 12402',
      'the next writable address was 12400, is now 20302',
      'the labels were ["A"], are now ["A","B"]',
      'the fingerprints were ["FP-A"], are now ["FP-A","FP-B"]',
    ]);
  });

  it('finds no change in a disc state written to a saved diff and read back', () => {
    const state = discState(cdr([burnedSession(1, 0, 1000, 'A'), burnedSession(2, 12402, 1000, 'B', { fingerprint: null })]));
    const saved: SavedDiff = { ...real(), discState: state };
    const readBack = parseSavedDiff(savedDiffJson(saved), 'x.json');
    expect(readBack.discState).toEqual(state);
    expect(discStateChanges(readBack.discState, state)).toEqual([]);
  });

  it('names a change of device, media and status', () => {
    const saved = discState(cdr([]));
    const now = discState(cdr([], { device: '/dev/sr1', status: 'closed' }, 'dvd+r'));
    expect(discStateChanges(saved, now)).toEqual(['the device was "/dev/sr0", is now "/dev/sr1"', 'the media was "cd-r", is now "dvd+r"', 'the status was "blank", is now "closed"']);
  });
});

describe('parseSavedDiff', () => {
  it('reads a diff saved by burnplan diff --out', () => {
    const saved = parseSavedDiff(realText, REAL_FILE);
    expect(saved).toEqual(real());
    expect(saved.discState.labels).toEqual(['First']);
    expect(saved.result.actions.map((a) => a.kind)).toEqual(['burn-session']);
  });

  it('refuses a file that is not JSON, or cut short', () => {
    expect(refusal(realText.slice(0, 200))).toMatch(/^x\.json: not a saved diff \(.*JSON.*\)$/);
    expect(refusal('')).toMatch(/^x\.json: not a saved diff \(/);
  });

  it('refuses another format, in the words apply used', () => {
    const other = { ...real(), format: 'burnplan-saved-diff/2' };
    expect(refusal(JSON.stringify(other))).toBe('x.json: not a saved diff of this burnplan (format "burnplan-saved-diff/1")');
    expect(refusal('null')).toBe('x.json: not a saved diff of this burnplan (format "burnplan-saved-diff/1")');
    expect(refusal('[]')).toBe('x.json: not a saved diff of this burnplan (format "burnplan-saved-diff/1")');
  });

  it('refuses a missing field, naming it', () => {
    const { labels: _labels, ...state } = real().discState;
    expect(refusal(JSON.stringify({ ...real(), discState: state }))).toBe("x.json: not a saved diff (/discState must have required property 'labels')");
    const { plannedFingerprints: _fingerprints, ...rest } = real();
    expect(refusal(JSON.stringify(rest))).toBe("x.json: not a saved diff (the document must have required property 'plannedFingerprints')");
  });

  it('refuses a field of the wrong type, naming it', () => {
    const saved = real();
    expect(refusal(JSON.stringify({ ...saved, discState: { ...saved.discState, sessionCount: '1' } }))).toBe('x.json: not a saved diff (/discState/sessionCount must be integer)');
    expect(refusal(JSON.stringify({ ...saved, plannedFingerprints: [7] }))).toBe('x.json: not a saved diff (/plannedFingerprints/0 must be string)');
    expect(refusal(JSON.stringify({ ...saved, result: { ...saved.result, actions: [{ kind: 'burn-session', commands: [{ program: 'xorriso', args: [1] }] }] } }))).toBe(
      'x.json: not a saved diff (/result/actions/0/commands/0/args/0 must be string)',
    );
    expect(refusal(JSON.stringify({ ...saved, discState: { ...saved.discState, extra: true } }))).toBe('x.json: not a saved diff (/discState must NOT have additional properties)');
  });

  it('checks a saved diff without loading ajv: its validator is precompiled', async () => {
    const module = pathToFileURL(path.join(REPO_ROOT, 'dist/gather/parse-saved-diff.js')).href;
    const script = [
      "import { createRequire } from 'node:module';",
      "import { readFileSync } from 'node:fs';",
      `const require = createRequire(${JSON.stringify(module)});`,
      "const ajvLoaded = () => Object.keys(require.cache).some((key) => key.includes('/node_modules/ajv/'));",
      `const { parseSavedDiff } = await import(${JSON.stringify(module)});`,
      `parseSavedDiff(readFileSync(${JSON.stringify(REAL_FILE)}, 'utf8'), 'x.json');`,
      'let refused = "";',
      `try { parseSavedDiff(JSON.stringify({ ...JSON.parse(readFileSync(${JSON.stringify(REAL_FILE)}, 'utf8')), result: 1 }), 'y.json'); } catch (error) { refused = error.message; }`,
      'console.log(JSON.stringify({ ajv: ajvLoaded(), refused }));',
    ].join('\n');
    const { stdout } = await execa(process.execPath, ['--input-type=module', '-e', script]);
    expect(JSON.parse(stdout)).toEqual({ ajv: false, refused: 'y.json: not a saved diff (/result must be object)' });
  });
});
