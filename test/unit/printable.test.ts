import { describe, expect, it } from 'vitest';
import { renderDrives } from '../../src/render/drives-text.js';
import { printable, printableLines } from '../../src/render/printable.js';

describe('printable', () => {
  it('escapes what a terminal would act on, and a backslash, so that the escapes are unambiguous', () => {
    expect(printable('\u001b]0;pwn\u0007')).toBe('\\x1b]0;pwn\\x07');
    expect(printable('a\nb\r\tc\\d')).toBe('a\\nb\\r\\tc\\\\d');
    expect(printable('\u009b2J \u202e \u2028')).toBe('\\x9b2J \\u202e \\u2028');
    expect(printable('Über 2026 · 写真')).toBe('Über 2026 · 写真');
  });
});

describe('printableLines', () => {
  it("keeps a message's line breaks, tabs and backslashes, and escapes every other control", () => {
    expect(printableLines('one\n\ttwo C:\\x \u001b[2J\u0007\r')).toBe('one\n\ttwo C:\\x \\x1b[2J\\x07\\r');
  });
});

describe('what a drive answers about itself', () => {
  it('is shown escaped in the drives table', () => {
    const drive = { device: '/dev/sr0', vendor: 'EVIL\u001b[2J', model: 'M\u0007\nX', revision: '1', permissions: 'rwrw--' };
    const text = renderDrives({ tool: { backend: 'xorriso', program: 'xorriso', version: '1.5.4' }, scanCommand: 'xorriso -devices', drives: [drive], unusable: [] });
    expect(text).toContain('EVIL\\x1b[2J');
    expect(text).toContain('M\\x07\\nX');
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });
});
