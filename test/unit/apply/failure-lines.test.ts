// The words a failed burn is reported with: its cause lines, whatever order the writer's two
// streams reached burnplan in (stdout and stderr are read apart, so their lines interleave as
// they come), never its statistics.
import { describe, expect, it } from 'vitest';
import { failureWords, isCauseLine } from '../../../src/apply/failure-lines.js';

// a wodim write error as the CD-R emulator prints it: SCSI errors on stderr, the track line on stdout
const STDERR = [
  'Errno: 5 (Input/output error), write_g1 scsi sendcmd: no error',
  'Sense Key: 0x3 Medium Error, Segment 0',
  'Sense Code: 0x0C Qual 0x00 (write error) Fru 0x0',
  'Errno: 5 (Input/output error), close track/session scsi sendcmd: no error',
  'Sense Key: 0x5 Illegal Request, Segment 0',
  'Sense Code: 0x2C Qual 0x00 (command sequence error) Fru 0x0',
];
const STDOUT = ['write track data: error after 204800 bytes', 'Writing  time:    1.234s', 'fifo was 0 times empty and 0 times full, min fill was 100%.'];

describe('failureWords', () => {
  it.each([
    ['stderr first', [...STDERR, ...STDOUT]],
    ['stdout first', [...STDOUT, ...STDERR]],
    ['interleaved', [...STDERR.slice(0, 4), ...STDOUT, ...STDERR.slice(4)]],
  ])('keeps every cause line of both streams (%s)', (_order, lines) => {
    const words = failureWords(lines.filter(isCauseLine), lines.slice(-2));
    for (const cause of [...STDERR, STDOUT[0]!]) expect(words).toContain(cause);
    expect(words).not.toMatch(/Writing +time|fifo was/);
  });

  it('gives the last lines when no line says why', () => {
    expect(failureWords([], ['a', 'b'])).toBe('a / b');
  });
});
