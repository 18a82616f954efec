// A -scanbus row broken by a mail client or a narrow terminal: the device type lands on the next
// line (SOURCES.md §2: the LKML mail of 2001-09-18 wraps "CD-ROM" onto a line of its own).
import { describe, expect, it } from 'vitest';
import { parseCdrecordScanbus } from '../../../src/backends/cdrecord/parse-cdrecord-scanbus.js';
import { realOutput } from '../../helpers/fixtures.js';

const capture = realOutput('cdrecord-scanbus-atapi-2.00.3-excerpt-01.txt');

describe('wrapped -scanbus rows', () => {
  const unwrapped = parseCdrecordScanbus(capture).drives;

  it('the capture lists its drives', () => {
    expect(unwrapped.length).toBeGreaterThan(0);
  });

  it.each([
    ['"CD-ROM" alone on the next line', (line: string) => line.replace(/ CD-ROM$/, '\nCD-ROM')],
    ['"Removable CD-ROM" on the next line', (line: string) => line.replace(/ Removable CD-ROM$/, '\nRemovable CD-ROM')],
    ['the break inside the type, indented', (line: string) => line.replace(/ CD-ROM$/, '\n        CD-ROM')],
  ])('%s still yields the drive', (_name, wrap) => {
    const wrapped = capture
      .split('\n')
      .map((line) => (/Removable CD-ROM\s*$/.test(line) ? wrap(line.trimEnd()) : line))
      .join('\n');
    expect(parseCdrecordScanbus(wrapped).drives).toEqual(unwrapped);
  });

  it('a wrapped hard disk row stays no drive', () => {
    expect(parseCdrecordScanbus("scsibus0:\n\t0,0,0\t  0) 'ATA     ' 'ST3160812AS     ' '3.AA'\nDisk\n").drives).toEqual([]);
  });
});
