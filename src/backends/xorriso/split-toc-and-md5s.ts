// After a burn, one xorriso run reads the table of contents (`-outdev D -toc`) and then the MD5s
// xorriso recorded in the new session (`-load sbsector N -indev D … get_md5`): a real drive is
// opened once for both, not twice. Its output is the two parts one after the other; this parts
// them again, so that each is read as its own run would be. Pure.
import type { ProgramResult } from '../../tools/run-program.js';
import { joinLines, LOADING_TREE } from '../split-md5-listings.js';

export interface TocAndMd5s {
  /** The TOC part, as `-outdev D -toc` alone prints it; it ran to its end. */
  toc: ProgramResult;
  /** The MD5 part, with the run's own ending (its failure, if any, is this part's). */
  md5s: ProgramResult;
  /** Where xorriso says it loaded the tree from. */
  loadedLba: number;
}

const MD5_LINE = /^[0-9a-f]{32} {2}\//;

/** The two parts; undefined when xorriso never began loading the tree (the TOC part itself may have failed). */
export function splitTocAndMd5s(run: ProgramResult): TocAndMd5s | undefined {
  const stderr = run.stderr.split('\n');
  const at = stderr.findIndex((line) => LOADING_TREE.test(line));
  if (at < 0) return undefined;
  const loadedLba = Number(LOADING_TREE.exec(stderr[at]!)![1]);
  const stdout = run.stdout.split('\n');
  const tocOut = stdout.filter((line) => !MD5_LINE.test(line));
  const md5Out = stdout.filter((line) => MD5_LINE.test(line));
  return {
    toc: { command: run.command, exitCode: 0, stdout: joinLines(tocOut), stderr: joinLines(stderr.slice(0, at)) },
    md5s: { command: run.command, exitCode: run.exitCode, ...(run.signal ? { signal: run.signal } : {}), stdout: joinLines(md5Out), stderr: joinLines(stderr.slice(at)) },
    loadedLba,
  };
}
