// Parses plan text into a YAML document that keeps every node's position, so that schema and
// lint findings can name the line and column they are about.
import { LineCounter, parseDocument, visit, isAlias, type Document, type YAMLError } from 'yaml';
import type { Finding, Position } from './finding.js';

/** Far above any honest use of anchors in a plan; an alias bomb needs thousands. */
const MAX_ALIAS_COUNT = 200;
/** Values a plan with aliases may expand to: 99 sessions of long file lists stay far below. */
const MAX_EXPANDED_VALUES = 20_000;

export interface ParsedPlanYaml {
  document: Document.Parsed;
  lineCounter: LineCounter;
  /** The plain data, present when the YAML itself was sound. */
  data?: unknown;
  findings: Finding[];
}

export function parsePlanYaml(text: string): ParsedPlanYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: true,
    // YAML 1.2 core schema: `no`, `on` and `off` stay strings, as a plan's reader expects.
    version: '1.2',
    // Warnings are reported as findings; nothing may be printed on the side.
    logLevel: 'error',
  });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const findings: Finding[] = firstPerPosition([
    ...withoutEchoes(document.errors).map((error) =>
      yamlFinding('error', error.code, error.message, unclosedQuoteStart(document, error, at) ?? errorPosition(error, text, at)),
    ),
    ...document.warnings.map((warning) =>
      yamlFinding('warning', warning.code, warning.message, at(warning.pos[0])),
    ),
  ]);
  if (document.errors.length > 0) return { document, lineCounter, findings };
  try {
    const data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    // a few aliases of aliases still multiply: what they expand to is bounded too
    if (hasAliases(document) && exceedsValues(data, MAX_EXPANDED_VALUES)) {
      findings.push({
        severity: 'error',
        rule: 'yaml/alias-bomb',
        message: `aliases expand the plan to over ${MAX_EXPANDED_VALUES} values; refusing a possible alias bomb`,
        position: firstAliasPosition(document, lineCounter),
      });
      return { document, lineCounter, findings };
    }
    return { document, lineCounter, data, findings };
  } catch (error) {
    const aliasBomb = error instanceof ReferenceError;
    findings.push({
      severity: 'error',
      rule: aliasBomb ? 'yaml/alias-bomb' : 'yaml/invalid',
      message: aliasBomb
        ? `aliases expand too far (over ${MAX_ALIAS_COUNT} copies); refusing a possible alias bomb`
        : `invalid YAML: ${(error as Error).message}`,
      position: aliasBomb ? firstAliasPosition(document, lineCounter) : undefined,
    });
    return { document, lineCounter, findings };
  }
}

/**
 * A line indented deeper than its neighbours makes yaml report a "multiline implicit key"
 * starting at the value on the line above, plus a "block as implicit key" echo of it. The line
 * the user has to fix is where that key ends, so point there and drop the echo.
 */
function withoutEchoes(errors: readonly YAMLError[]): YAMLError[] {
  const multiline = new Set(errors.filter((e) => e.code === 'MULTILINE_IMPLICIT_KEY').map((e) => e.pos[0]));
  return errors.filter((e) => !(e.code === 'BLOCK_AS_IMPLICIT_KEY' && multiline.has(e.pos[0])));
}

/**
 * yaml reports a missing closing quote where the text ends; the user must look where the quote
 * was opened: the start of the quoted scalar that runs up to the error.
 */
function unclosedQuoteStart(document: Document.Parsed, error: YAMLError, at: (offset: number) => Position): Position | undefined {
  if (error.code !== 'MISSING_CHAR' || !/quote/i.test(error.message)) return undefined;
  let start: number | undefined;
  visit(document, {
    Scalar(_key, node) {
      const range = node.range;
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && range && range[0] <= error.pos[0] && range[1] >= error.pos[0] - 1) start = range[0];
    },
  });
  return start === undefined ? undefined : at(start);
}

function errorPosition(error: YAMLError, text: string, at: (offset: number) => Position): Position {
  if (error.code !== 'MULTILINE_IMPLICIT_KEY') return at(error.pos[0]);
  const lineStart = text.lastIndexOf('\n', error.pos[1] - 1) + 1;
  const indent = /^[ ]*/.exec(text.slice(lineStart))![0].length;
  return at(lineStart + indent);
}

function yamlFinding(severity: Finding['severity'], code: string, rawMessage: string, position: Position): Finding {
  return { severity, rule: `yaml/${code.toLowerCase().replaceAll('_', '-')}`, message: plainYamlMessage(code, rawMessage), position };
}

/** yaml's messages end with " at line L, column C:" and a source excerpt; we print the position ourselves. */
function plainYamlMessage(code: string, rawMessage: string): string {
  switch (code) {
    case 'MULTIPLE_DOCS':
      return 'the file holds several YAML documents (a second `---`); a plan is a single document';
    case 'DUPLICATE_KEY':
      return 'this key is given twice in the same mapping; keep one';
    case 'TAB_AS_INDENT':
      return 'tabs cannot indent YAML; indent with spaces';
    case 'BAD_INDENT':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'bad indentation: this line is indented differently from the keys around it (or a `:` is missing)';
    case 'MISSING_CHAR':
      if (/quote/i.test(rawMessage)) return `the ${rawMessage.includes("'") ? 'single' : 'double'} quote opened here is never closed`;
  }
  const firstLine = rawMessage.split('\n')[0] ?? rawMessage;
  const withoutPosition = firstLine.replace(/ at line \d+, column \d+:?$/, '');
  return `invalid YAML: ${withoutPosition.charAt(0).toLowerCase()}${withoutPosition.slice(1)}`;
}

/** One broken spot often yields several parser errors at the same place; the first one says it best. */
function firstPerPosition(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.position?.line}:${finding.position?.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function firstAliasPosition(document: Document.Parsed, lineCounter: LineCounter): Position | undefined {
  let offset: number | undefined;
  visit(document, {
    Alias(_key, node) {
      if (isAlias(node) && node.range) {
        offset = node.range[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (offset === undefined) return undefined;
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

function hasAliases(document: Document.Parsed): boolean {
  let found = false;
  visit(document, {
    Alias() {
      found = true;
      return visit.BREAK;
    },
  });
  return found;
}

/** True once more than `limit` values are counted (stops there: the count itself stays cheap). */
function exceedsValues(data: unknown, limit: number): boolean {
  let count = 0;
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (++count > limit) return true;
    if (Array.isArray(value)) stack.push(...value);
    else if (value !== null && typeof value === 'object') stack.push(...Object.values(value));
  }
  return false;
}
