import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../src/render/text-width.js';

describe('textWidth', () => {
  it('counts printable ASCII one column a character, as string-width does', () => {
    fc.assert(fc.property(fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) }), (text) => textWidth(text) === stringWidth(text)));
  });

  it('leaves everything else to string-width: wide, zero-width and control characters, emoji', () => {
    for (const text of ['東京', 'ＡＢ', 'e\u0301', 'a\tb', '\x7f', 'caf\u00e9', '👍', 'x\u200by']) {
      expect(textWidth(text), JSON.stringify(text)).toBe(stringWidth(text));
    }
    expect(textWidth('東京')).toBe(4);
  });
});
