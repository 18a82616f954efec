// Every captured output, through every reading parser: none may throw, and turning one into a
// Disc either succeeds or fails with a DeviceError that the user gets as one clear line.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discFromMinfo } from '../../../src/backends/cdrecord/assemble-cdrecord-disc.js';
import { parseAtip } from '../../../src/backends/cdrecord/parse-atip.js';
import { parseCdrecordVersion } from '../../../src/backends/cdrecord/cdrecord-variant.js';
import { parseMinfo } from '../../../src/backends/cdrecord/parse-minfo.js';
import { parseMsinfo } from '../../../src/backends/cdrecord/parse-msinfo.js';
import { parseToc } from '../../../src/backends/cdrecord/parse-toc.js';
import { classifyCdrecordError } from '../../../src/backends/cdrecord/cdrecord-errors.js';
import { DeviceError } from '../../../src/backends/device-errors.js';
import { parseXorrisoToc } from '../../../src/backends/xorriso/parse-xorriso-toc.js';
import { discFromToc } from '../../../src/backends/xorriso/read-xorriso-disc.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');
const files = ['real-outputs', 'local-outputs'].flatMap((folder) =>
  readdirSync(path.join(FIXTURES, folder))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => path.join(folder, name)),
);

function deviceErrorOrDisc(make: () => unknown): void {
  try {
    make();
  } catch (error) {
    expect(error).toBeInstanceOf(DeviceError);
    expect((error as Error).message).not.toContain('\n');
  }
}

describe('every captured output', () => {
  it('there are many', () => {
    expect(files.length).toBeGreaterThan(70);
  });

  it.each(files)('%s', (file) => {
    const text = readFileSync(path.join(FIXTURES, file), 'latin1');
    parseToc(text);
    parseMsinfo(text);
    parseAtip(text);
    parseCdrecordVersion(text);
    classifyCdrecordError(text, '/dev/sr0');
    const minfo = parseMinfo(text);
    if (minfo.diskStatus !== undefined) deviceErrorOrDisc(() => discFromMinfo(minfo, '/dev/sr0', { backend: 'cdrecord', program: 'cdrecord' }));
    const toc = parseXorrisoToc(text);
    if (/^(xorriso|Drive current|Media current)/m.test(text)) deviceErrorOrDisc(() => discFromToc(toc, '/dev/sr0', 'xorriso'));
  });
});
