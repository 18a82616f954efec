import { describe, expect, it } from 'vitest';
import { parsePlanYaml } from '../../../src/plan/parse-plan-yaml.js';

function errors(text: string) {
  return parsePlanYaml(text).findings.map((f) => ({ rule: f.rule, message: f.message, at: `${f.position?.line}:${f.position?.column}` }));
}

describe('parsePlanYaml', () => {
  it('gives the data of sound YAML', () => {
    const parsed = parsePlanYaml('version: 1\ndisc: { id: a }\n');
    expect(parsed.findings).toEqual([]);
    expect(parsed.data).toEqual({ version: 1, disc: { id: 'a' } });
  });

  it('reads YAML 1.2: on, off, yes and no stay strings', () => {
    expect(parsePlanYaml('a: on\nb: no\nc: true\n').data).toEqual({ a: 'on', b: 'no', c: true });
  });

  it('reports tabs used for indentation', () => {
    expect(errors('version: 1\ndisc:\n\tid: x\n')).toEqual([
      { rule: 'yaml/tab-as-indent', message: 'tabs cannot indent YAML; indent with spaces', at: '3:1' },
    ]);
  });

  it('reports an unclosed quote where it was opened, not where the file ends', () => {
    const [first] = errors('version: 1\ndisc: { id: "abc\n');
    expect(first).toEqual({ rule: 'yaml/missing-char', message: 'the double quote opened here is never closed', at: '2:13' });
    const [single] = errors("version: 1\ndisc:\n  id: x\nsessions:\n  - label: 'oops\n    files: [./a]\nfinalize: open\n");
    expect(single).toEqual({ rule: 'yaml/missing-char', message: 'the single quote opened here is never closed', at: '5:12' });
  });

  it('reports bad indentation once, at the line that is off', () => {
    expect(errors('version: 1\ndisc:\n  id: x\n   media: cd-r\n')).toEqual([
      {
        rule: 'yaml/multiline-implicit-key',
        message: 'bad indentation: this line is indented differently from the keys around it (or a `:` is missing)',
        at: '4:4',
      },
    ]);
  });

  it('refuses several documents', () => {
    expect(errors('version: 1\n---\nversion: 1\n')).toEqual([
      {
        rule: 'yaml/multiple-docs',
        message: 'the file holds several YAML documents (a second `---`); a plan is a single document',
        at: '2:1',
      },
    ]);
  });

  it('refuses duplicate keys at the second one', () => {
    expect(errors('version: 1\ndisc: {}\nversion: 1\n')).toEqual([
      { rule: 'yaml/duplicate-key', message: 'this key is given twice in the same mapping; keep one', at: '3:1' },
    ]);
  });

  it('allows a few aliases', () => {
    const parsed = parsePlanYaml('a: &x [1, 2]\nb: *x\n');
    expect(parsed.data).toEqual({ a: [1, 2], b: [1, 2] });
  });

  it('refuses an alias bomb quickly, pointing at the first alias', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const parsed = parsePlanYaml(`${levels.join('\n')}\n`);
    expect(parsed.data).toBeUndefined();
    expect(parsed.findings).toEqual([
      {
        severity: 'error',
        rule: 'yaml/alias-bomb',
        message: 'aliases expand too far (over 200 copies); refusing a possible alias bomb',
        position: { line: 2, column: 8 },
      },
    ]);
  });

  it('reports garbage without a flood of repeats', () => {
    const found = errors(']]]: {{{\n');
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map((f) => f.at)).size).toBe(found.length);
  });
});
