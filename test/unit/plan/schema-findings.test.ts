import { describe, expect, it } from 'vitest';
import { checkPlanText, planWith } from '../../helpers/check-plan-text.js';

async function messages(yaml: string): Promise<string[]> {
  const check = await checkPlanText(yaml, { 'data/a.txt': 'a' });
  return check.findings.map((f) => `${f.position?.line}:${f.position?.column}: ${f.message}`);
}

const session = '  - label: One\n    files: [./data]\n';

describe('schema findings', () => {
  it('accepts a minimal plan', async () => {
    const check = await checkPlanText(planWith(session), { 'data/a.txt': 'a' });
    expect(check.findings).toEqual([]);
    expect(check.plan?.sessions[0]?.label).toBe('One');
  });

  it('suggests the nearest key for an unknown key, at the key', async () => {
    expect(await messages(planWith(session).replace('  media: cd-r', '  meda: cd-r'))).toEqual([
      '4:3: unknown key "meda" in disc; did you mean "media"?',
    ]);
  });

  it('lists the known keys when nothing is near', async () => {
    expect(await messages(`${planWith(session)}colour: red\n`)).toEqual([
      '8:1: unknown key "colour" in the plan; known keys: version, disc, discs, defaults, sessions, finalize, eject, copies, devices',
    ]);
  });

  it('does not also call a misspelt required key missing', async () => {
    expect(await messages(planWith('  - lable: One\n    files: [./data]\n'))).toEqual([
      '6:5: unknown key "lable" in session 1; did you mean "label"?',
    ]);
  });

  it('lists the allowed values of an enum and suggests one', async () => {
    expect(await messages(planWith(session).replace('media: cd-r', 'media: CDR'))).toEqual([
      '4:10: media must be one of cd-r, cd-rw, dvd-r, dvd-rw, dvd+r, dvd+rw, bd-r, bd-re, any (got "CDR"); did you mean "cd-r"?',
    ]);
    expect(await messages(`${planWith(session)}finalize: never\n`)).toEqual([
      '8:11: finalize must be one of open, close (got "never")',
    ]);
  });

  it('names the supported version', async () => {
    expect(await messages(planWith(session).replace('version: 1', 'version: 2'))).toEqual([
      '1:10: unsupported plan version 2; this burnplan reads version 1',
    ]);
  });

  it('reports missing required keys at their parent', async () => {
    expect(await messages('version: 1\ndisc:\n  media: cd-r\n')).toEqual([
      '1:1: the plan is missing the required key "sessions"',
      '2:1: disc is missing the required key "id"',
    ]);
  });

  it('says which type was expected and what was found', async () => {
    expect(await messages(planWith(session, '  speed: fast\n'))).toEqual(['5:10: speed must be a whole number (got "fast")']);
    expect(await messages(planWith(session, '  speed: 2.5\n'))).toEqual(['5:10: speed must be a whole number (got 2.5)']);
    expect(await messages(planWith('  - label: One\n    files: ./data\n'))).toEqual(['7:12: files must be a list (got "./data")']);
    expect(await messages(`${planWith(session)}eject: yes\n`)).toEqual(['8:8: eject must be true or false (got "yes")']);
    expect(await messages('version: 1\ndisc:\nsessions: []\n')).toEqual(['2:1: disc must be a mapping (got nothing)']);
  });

  it('refuses absurd speeds', async () => {
    expect(await messages(planWith(session, '  speed: 0\n'))).toEqual(['5:10: speed must be at least 1 (got 0)']);
    expect(await messages(planWith(session, '  speed: -4\n'))).toEqual(['5:10: speed must be at least 1 (got -4)']);
    expect(await messages(planWith(session, '  speed: 1e9\n'))).toEqual(['5:10: speed must be at most 64 (got 1000000000)']);
  });

  it('explains a file entry that is neither a path nor a graft point', async () => {
    expect(await messages(planWith('  - label: One\n    files: [42, { source: ./data }, { source: ./data, target: rel }, ""]\n'))).toEqual([
      '7:13: entry 1 of files in session 1 must be a path (a string) or a mapping with source and target (got 42)',
      '7:17: entry 2 of files in session 1 is missing the required key "target"',
      '7:63: target must be an absolute path on the disc, starting with "/" (got "rel")',
      '7:70: entry 4 of files in session 1 must not be empty',
    ]);
  });

  it('refuses an empty files list and an empty label', async () => {
    expect(await messages(planWith('  - label: ""\n    files: []\n'))).toEqual([
      '6:12: label must not be empty',
      '7:12: files must not be empty: list at least one file or folder',
    ]);
  });

  it('refuses a list or a scalar at the top level', async () => {
    expect(await messages('- version: 1\n')).toEqual([
      '1:1: a plan must be a mapping with the keys version, disc and sessions, but this file holds a list',
    ]);
    expect(await messages('just words\n')).toEqual([
      '1:1: a plan must be a mapping with the keys version, disc and sessions, but this file holds "just words"',
    ]);
  });

  it('reports every problem, not just the first', async () => {
    const found = await messages(
      'version: 3\ndisc:\n  id: x\n  media: floppy\n  speed: 0\nsessions:\n  - label: A\n    files: []\n    jolie: true\n',
    );
    expect(found).toHaveLength(5);
  });

  it('locates errors behind aliases at the alias target', async () => {
    const yaml = 'version: 1\ndisc: { id: d }\nshared: &s { label: A, files: [./data], joliett: true }\nsessions: [*s]\n';
    const found = await messages(yaml);
    expect(found).toContain('3:1: unknown key "shared" in the plan; known keys: version, disc, discs, defaults, sessions, finalize, eject, copies, devices');
    expect(found).toContain('3:41: unknown key "joliett" in session 1; did you mean "joliet"?');
  });
});
