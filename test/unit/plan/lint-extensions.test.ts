import { describe, expect, it } from 'vitest';
import { checkPlanText, planWith } from '../../helpers/check-plan-text.js';

async function lint(sessions: string, extra = '', tail = '') {
  const check = await checkPlanText(`${planWith(sessions, extra)}${tail}`, { 'data/a.txt': 'a' });
  return check.findings.map((f) => `${f.position?.line}:${f.position?.column} ${f.severity} ${f.rule}`);
}

const s = (label: string, more = '') => `  - label: ${label}\n    files: [./data]\n${more}`;

describe('Joliet and Rock Ridge rules', () => {
  it('refuses Rock Ridge off on a disc that stays open, at the defaults key', async () => {
    expect(await lint(s('A'), 'defaults:\n  rockRidge: false\n')).toEqual(['6:3 error lint/rock-ridge-off']);
  });

  it('only warns about Rock Ridge off on a single session that closes the disc', async () => {
    expect(await lint(s('A', '    rockRidge: false\n'), '', 'finalize: close\n')).toEqual(['8:5 warning lint/rock-ridge-off']);
  });

  it('refuses dropping Joliet in a later session, at that session', async () => {
    expect(await lint(s('A') + s('B', '    joliet: false\n'))).toEqual(['10:5 error lint/joliet-dropped']);
  });

  it('refuses dropping Rock Ridge in a later session once, not twice', async () => {
    expect(await lint(s('A') + s('B', '    rockRidge: false\n'))).toEqual(['10:5 error lint/rock-ridge-dropped']);
  });

  it('accepts adding Joliet later', async () => {
    expect(await lint(s('A', '    joliet: false\n') + s('B'))).toEqual([]);
  });

  it('points at the defaults key when the dropping session inherits the setting from there', async () => {
    const found = await lint(s('A', '    joliet: true\n') + s('B'), 'defaults:\n  joliet: false\n');
    expect(found).toEqual(['6:3 error lint/joliet-dropped']);
  });
});
