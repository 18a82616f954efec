// The conflicts and warnings a diff collects, in the order they are found. Pure.
import type { Problem } from './diff-model.js';

export class DiffFindings {
  readonly conflicts: Problem[] = [];
  readonly warnings: Problem[] = [];

  conflict(code: string, message: string, index?: number): void {
    this.conflicts.push(problem(code, message, index));
  }

  warn(code: string, message: string, index?: number): void {
    this.warnings.push(problem(code, message, index));
  }
}

function problem(code: string, message: string, index: number | undefined): Problem {
  return { code, message, ...(index === undefined ? {} : { index }) };
}

export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
