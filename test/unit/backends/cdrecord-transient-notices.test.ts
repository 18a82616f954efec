// wodim retries a busy device before it gives up (cdrkit libusal/scsi-linux-sg.c sg_open_excl():
// "Error trying to open %s exclusively (%s)... %s" with "retrying in 1 second." four times, then
// "giving up."). A retry followed by a normal answer is no busy drive.
import { describe, expect, it } from 'vitest';
import { classifyCdrecordError } from '../../../src/backends/cdrecord/cdrecord-errors.js';
import { localStreams, realOutput } from '../../helpers/fixtures.js';

const retry = (device: string, last: string) => `Error trying to open ${device} exclusively (Device or resource busy)... ${last}\n`;

describe('busy only when the tool gives up', () => {
  it('a retry notice, then the normal -msinfo answer: nothing wrong', () => {
    const output = `${retry('/dev/hdb', 'retrying in 1 second.')}${realOutput('cdrecord-msinfo-cdr-appendable-01.txt')}`;
    expect(classifyCdrecordError(output, '/dev/hdb')).toBeUndefined();
  });

  it('a retry notice before a real "no disc" answer is that answer', () => {
    const output = `${retry('/dev/hdb', 'retrying in 1 second.')}${realOutput('cdrecord-minfo-no-disk-cygwin-excerpt-01.txt')}`;
    expect(classifyCdrecordError(output, '/dev/hdb')?.reason).toBe('no-medium');
  });

  it('four retries and "giving up.": busy, in the tool\'s words', () => {
    const output = `${retry('/dev/hdb', 'retrying in 1 second.').repeat(4)}${retry('/dev/hdb', 'giving up.')}${localStreams('wodim-msinfo-no-drive').stderr.replace('No such file or directory', 'Device or resource busy')}`;
    const error = classifyCdrecordError(output, '/dev/hdb');
    expect(error?.reason).toBe('busy');
    expect(error?.message).toMatch(/^\/dev\/hdb: the drive is busy: another program is using it \(.*Device or resource busy.*\)$/);
  });
});
