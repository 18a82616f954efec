import { describe, expect, it } from 'vitest';
import { checkPlanText, planWith } from '../../helpers/check-plan-text.js';

async function lint(sessions: string, extra = '') {
  const check = await checkPlanText(planWith(sessions, extra), { 'data/a.txt': 'a' });
  return check.findings.map((f) => `${f.position?.line}:${f.position?.column} ${f.severity} ${f.rule}: ${f.message}`);
}

const s = (label: string, more = '') => `  - label: ${label}\n    files: [./data]\n${more}`;

describe('label rules', () => {
  it('keeps the seed recipe labels valid: lowercase letters and digits are kept by every tool', async () => {
    expect(await lint(s('Session1') + s('Session2'))).toEqual([]);
  });

  it('keeps spaces and unicode valid when Joliet carries them', async () => {
    expect(await lint(s('"Family Photos"') + s('"Über Fotos 2026"'))).toEqual([]);
  });

  it('refuses a label used twice, at the second one', async () => {
    expect(await lint(s('Session1') + s('Session1'))).toEqual([
      '8:12 error lint/duplicate-label: label "Session1" is already used by session 1; each session needs its own label, or the diff cannot tell them apart',
    ]);
  });

  it('refuses a label over 32 bytes, counting UTF-8 bytes', async () => {
    expect(await lint(s('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456', '    joliet: false\n'))).toEqual([
      '6:12 error lint/label-too-long: label "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456" is 33 characters; an ISO 9660 volume id holds at most 32 bytes (genisoimage and xorriso refuse longer ones)',
    ]);
    const found = await lint(s('"Übersicht der Familienfotos 2026"'));
    expect(found[0]).toContain('is 33 bytes in UTF-8');
  });

  it('warns that Joliet shows 16 characters, and what is shown', async () => {
    expect(await lint(s('FamilyArchive2026'))).toEqual([
      '6:12 warning lint/label-joliet-truncated: label "FamilyArchive2026" is 17 characters; Joliet readers (Windows) show only the first 16: "FamilyArchive202"',
    ]);
  });

  it('does not warn about Joliet truncation when Joliet is off', async () => {
    expect(await lint(s('FamilyArchive2026', '    joliet: false\n'))).toEqual([]);
  });

  it('warns that non-ASCII labels show as raw bytes without Joliet', async () => {
    expect(await lint(s('"Über"', '    joliet: false\n'))).toEqual([
      '6:12 warning lint/label-not-ascii: label "Über" is not plain ASCII and Joliet is off: the volume id holds its raw UTF-8 bytes, which readers show as "Ã?ber"',
    ]);
  });

  it('refuses control characters', async () => {
    const found = await lint(s('"Tab\\there"'));
    expect(found).toEqual(['6:12 error lint/label-control-character: label "Tab\\there" contains a control character']);
  });

  it('keeps labels that look like options: they are passed as arguments, never through a shell', async () => {
    expect(await lint(s('"-o"') + s('"--help"'))).toEqual([]);
  });
});

describe('labels with blanks at the edges', () => {
  it('are refused: ISO 9660 pads with blanks and the label would not read back', async () => {
    const found = await lint(s('"Trail "'));
    expect(found).toEqual(['6:12 error lint/label-blank-edge: label "Trail " starts or ends with a blank: ISO 9660 pads volume ids with blanks, so it would read back as "Trail"']);
  });
});
