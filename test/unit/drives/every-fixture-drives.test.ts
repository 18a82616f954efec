// Every captured output through every drive-list parser: none may throw, and only the captures
// of a drive scan may yield drives (a -minfo or a burn log must never look like a drive list).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCdrecordDevices } from '../../../src/backends/cdrecord/parse-cdrecord-devices.js';
import { parseCdrecordScanbus } from '../../../src/backends/cdrecord/parse-cdrecord-scanbus.js';
import { parseXorrisoDevices } from '../../../src/backends/xorriso/parse-xorriso-devices.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');
const files = ['real-outputs', 'local-outputs'].flatMap((folder) =>
  readdirSync(path.join(FIXTURES, folder))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => path.join(folder, name)),
);

describe('every captured output through the drive-list parsers', () => {
  it.each(files)('%s', (file) => {
    const text = readFileSync(path.join(FIXTURES, file), 'latin1');
    const scans = [parseXorrisoDevices(text), parseCdrecordDevices(text), parseCdrecordScanbus(text)];
    const found = scans.flatMap((scan) => scan.drives);
    if (!/-(devices|scanbus)-/.test(path.basename(file))) expect(found).toEqual([]);
    for (const drive of found) {
      expect(drive.device).toMatch(/^\/dev\/\S+$|^\d+,\d+,\d+$/);
      expect(drive.vendor).toBe(drive.vendor.trim());
      expect(drive.model).toBe(drive.model.trim());
    }
  });
});
