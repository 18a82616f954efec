import { describe, expect, it } from 'vitest';
import { computeDiff, type DiscWriter } from '../../src/diff/compute-diff.js';
import { paletteFor } from '../../src/render/colors.js';
import { renderDiff, summaryLine } from '../../src/render/diff-text.js';
import { burnedSession, cdr, facts, plan } from '../helpers/builders.js';

const builder: DiscWriter = {
  burnSession: (_i, landing, sectors, close) => [
    { program: '/usr/bin/genisoimage', args: ['-V', 'X', ...(landing ? ['-C', `${landing.lastSessionStart},${landing.nextWritableAddress}`] : [])] },
    { program: '/usr/bin/wodim', args: [...(close ? [] : ['-multi']), `tsize=${sectors}s`, '-'] },
  ],
  closeDisc: () => [{ program: '/usr/bin/wodim', args: ['-fix'] }],
  growsOverwriteableMedia: false,
};
const plain = paletteFor({ isTTY: false });

describe('renderDiff', () => {
  it('shows one line per session, and commands as a pipeline', () => {
    const result = computeDiff(plan(['Session1', 'Scans']), cdr([burnedSession(1, 0, 6144, 'Session1', { fingerprint: null })]), facts(['X', 'Y'], { 1: 24_729 }), builder);
    const text = renderDiff(result, { showCommands: true, palette: plain });
    expect(text).toContain('Disc: /dev/sr0: CD-R, appendable, 1 session, ');
    expect(text).toMatch(/\n {2}~ {2}1 {2}Session1 {2}adopted \(not burned by burnplan\) {2}12\.0 MiB {2}J RR {2}at LBA 0\n/);
    expect(text).toMatch(/\n {2}\+ {2}2 {2}Scans {5}to burn {27}48\.3 MiB {2}J RR {2}at LBA 17544\n/);
    expect(text).toContain('      $ /usr/bin/genisoimage -V X -C 0,17544 \\\n        | /usr/bin/wodim -multi tsize=24729s -');
    expect(text.trimEnd().split('\n').pop()).toMatch(/^1 session to burn \(48\.3 MiB\), disc stays open, [\d.]+ MiB free after \(\d+ more sessions of this size would fit\)\.$/);
  });

  it('lists the paths of earlier sessions a session to burn replaces, a few of them', () => {
    const sessionFacts = facts(['X', 'Y'], { 1: 100 });
    const replaced = Array.from({ length: 7 }, (_, i) => ({ path: `/f${i}.txt`, session: 1, was: 'file' as const, now: 'file' as const }));
    sessionFacts[1]!.replaces = [{ path: '/notes\x1b[31m', session: 1, was: 'file', now: 'folder' }, ...replaced];
    const result = computeDiff(plan(['A', 'B']), cdr([burnedSession(1, 0, 100, 'A', { fingerprint: 'X' })]), sessionFacts, builder);
    const text = renderDiff(result, { showCommands: false, palette: plain });
    expect(text).toContain('\n       replaces /notes\\x1b[31m of session 1 (a file there, a folder now)\n       replaces /f0.txt of session 1\n');
    expect(text).toContain('       replaces /f3.txt of session 1\n       and 3 more paths of earlier sessions\n');
  });

  it('makes the irreversible close stand out', () => {
    const result = computeDiff(plan(['A'], { finalize: 'close' }), cdr([burnedSession(1, 0, 100, 'A')]), facts(['FP-A']), builder);
    expect(renderDiff(result, { showCommands: false, palette: plain })).toContain('!! CLOSE the disc now, without a new session: irreversible, nothing can be added afterwards');
    expect(summaryLine(result)).toBe('then the disc is closed.');
  });

  it('says when nothing can be burned', () => {
    const result = computeDiff(plan(['X']), cdr([burnedSession(1, 0, 100, 'A')]), facts(['FP-A']), builder);
    const text = renderDiff(result, { showCommands: false, palette: plain });
    expect(text).toContain('Conflicts (nothing will be burned):\n  - session 1 on the disc is "A", the plan expects "X"');
    expect(summaryLine(result)).toBe('1 conflict: nothing can be burned until it is resolved.');
  });

  it('puts a long conflict reason under its row, so the table stays as wide as a terminal', () => {
    const result = computeDiff(plan(['X', 'Y']), cdr([burnedSession(1, 0, 100, 'A'.repeat(30))]), facts(['FP-A', 'FP-Y'], { 1: 100 }), builder);
    const lines = renderDiff(result, { showCommands: false, palette: plain }).split('\n');
    expect(Math.max(...lines.filter((l) => !l.startsWith('  - ')).map((l) => l.length))).toBeLessThanOrEqual(100);
    const row = lines.findIndex((l) => /^ {2}x {2}1 {2}X {2}conflict:$/.test(l));
    expect(row).toBeGreaterThan(0);
    expect(lines[row + 1]).toBe(`       session 1 on the disc is "${'A'.repeat(30)}", the plan expects "X"`);
  });

  it('aligns columns by the width a terminal shows: CJK labels take two columns a character', () => {
    const result = computeDiff(plan(['写真2026', 'Scans']), cdr([]), facts(['X', 'Y'], { 0: 100, 1: 100 }), builder);
    const rows = renderDiff(result, { showCommands: false, palette: plain }).split('\n').filter((l) => l.startsWith('  +'));
    const widthBefore = (line: string) => {
      const at = line.indexOf('to burn');
      return [...line.slice(0, at)].reduce((w, c) => w + (/[\u3000-\u9fff]/.test(c) ? 2 : 1), 0);
    };
    expect(widthBefore(rows[0]!)).toBe(widthBefore(rows[1]!));
  });
});

describe('paletteFor', () => {
  it('colours only a terminal, never with NO_COLOR or TERM=dumb', () => {
    expect(paletteFor({ isTTY: true }, {}).green('x')).toBe('\u001b[32mx\u001b[39m');
    expect(paletteFor({ isTTY: false }, {}).green('x')).toBe('x');
    expect(paletteFor({ isTTY: true }, { NO_COLOR: '1' }).green('x')).toBe('x');
    expect(paletteFor({ isTTY: true }, { TERM: 'dumb' }).green('x')).toBe('x');
  });
});
