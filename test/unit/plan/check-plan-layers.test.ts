// validate lists every finding of one run: schema errors do not hide what the lint rules find.
import { describe, expect, it } from 'vitest';
import { checkPlanText, summarize } from '../../helpers/check-plan-text.js';

describe('checkPlanFile on a plan the schema refuses', () => {
  it('still reports the lint findings: source, glob, duplicate label, device', async () => {
    const yaml = 'version: 1\ndisc:\n  id: x\n  devcie: /dev/sr0\n  device: "bad"\n  speed: 0\nsessions:\n  - label: A\n    files: [./nope]\n    exclude: ["[abc"]\n  - label: A\n    files: [./data]\n';
    const check = await checkPlanText(yaml, { 'data/a.txt': 'a' });
    expect(summarize(check.findings)).toEqual([
      '4:3 error schema/additionalProperties',
      '5:11 error lint/device',
      '6:10 error schema/minimum',
      '9:13 warning lint/source-missing',
      '10:15 error lint/exclude-pattern',
      '11:12 error lint/duplicate-label',
    ]);
  });

  it('leaves the lint rules out when the plan cannot be read as one (sessions of the wrong shape)', async () => {
    const check = await checkPlanText('version: 1\ndisc: {id: x}\nsessions: [{label: 3, files: 7}]\n');
    expect(check.findings.every((f) => f.rule.startsWith('schema/'))).toBe(true);
    expect(check.findings.length).toBeGreaterThan(0);
  });
});
