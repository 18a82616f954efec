import { describe, expect, it } from 'vitest';
import { parseXorrisoMd5s } from '../../../src/verify/parse-xorriso-md5s.js';

// Printed by xorriso 1.5.4: -md5 on -load session 3 -indev stdio:d.iso -find / -type f -exec get_md5 --
const OUTPUT = `3c605c21dcbb3829b630de343ef01e84  /a/one.bin
b1946ac92492d2347c6235b4d2611184  /a/two.txt
401b30e3b8b5d629635a5c613cdb7919  /c/we\\040ird/it\\047s\\040\\044\\050x\\051.txt
Volume id    : 'A'
`;

describe("xorriso's recorded MD5s", () => {
  it('maps disc paths to MD5s, decoding the octal escapes of unusual bytes', () => {
    expect([...parseXorrisoMd5s(OUTPUT)]).toEqual([
      ['/a/one.bin', '3c605c21dcbb3829b630de343ef01e84'],
      ['/a/two.txt', 'b1946ac92492d2347c6235b4d2611184'],
      ["/c/we ird/it's $(x).txt", '401b30e3b8b5d629635a5c613cdb7919'],
    ]);
  });

  it('decodes UTF-8 names written as octal bytes and keeps ones written plainly', () => {
    expect([...parseXorrisoMd5s('d41d8cd98f00b204e9800998ecf8427e  /\\303\\251t\\303\\251/\u00fc.txt\n')]).toEqual([['/été/ü.txt', 'd41d8cd98f00b204e9800998ecf8427e']]);
  });
});
