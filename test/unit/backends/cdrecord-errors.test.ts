import { describe, expect, it } from 'vitest';
import { classifyCdrecordError, toolWords } from '../../../src/backends/cdrecord/cdrecord-errors.js';
import { localStreams, realOutput } from '../../helpers/fixtures.js';

const classify = (output: string, device = '/dev/sr0') => {
  const error = classifyCdrecordError(output, device);
  return error && { reason: error.reason, message: error.message };
};

describe('classifyCdrecordError', () => {
  it('no disc, with a Cygwin path as the program prefix', () => {
    expect(classify(realOutput('cdrecord-minfo-no-disk-cygwin-excerpt-01.txt'))).toEqual({
      reason: 'no-medium',
      message: '/dev/sr0: no disc in the drive (Input/Output error. test unit ready: scsi sendcmd: no error No disk / Wrong disk!)',
    });
  });

  it('no drive (wodim)', () => {
    expect(classify(localStreams('wodim-msinfo-no-drive').stderr)).toEqual({
      reason: 'missing',
      message: '/dev/sr0: no such drive (No such file or directory. Cannot open SCSI driver!)',
    });
  });

  it('permission denied (wodim)', () => {
    expect(classify(localStreams('wodim-toc-permission-denied').stderr, '/tmp/fake-sr')).toEqual({
      reason: 'permission',
      message: '/tmp/fake-sr: permission denied (Permission denied. Cannot open SCSI driver!)',
    });
  });

  it('a regular file given as a drive (wodim)', () => {
    expect(classify(localStreams('wodim-toc-regular-file').stderr, '/tmp/fake-sr')?.message).toBe(
      '/tmp/fake-sr: is not an optical drive (Inappropriate ioctl for device. Cannot open SCSI driver!)',
    );
  });

  it('a busy drive (cdrskin)', () => {
    expect(classify(realOutput('cdrskin-devices-busy-device-1.5.0-01.txt'))?.reason).toBe('busy');
  });

  it('a drive cdrskin cannot find', () => {
    expect(classify(realOutput('cdrskin-msinfo-drive-not-found-local-stderr-01.txt'))?.reason).toBe('missing');
  });

  it('nothing wrong in a normal run, despite the RLIMIT_MEMLOCK warning', () => {
    expect(classify(realOutput('wodim-burn-dvdr-sao-progress-01.txt'))).toBeUndefined();
  });
});

describe('toolWords', () => {
  it('keeps the error lines, not the sense-data dump', () => {
    expect(toolWords(realOutput('cdrecord-msinfo-closed-cdrw-cannot-read-first-writable-address-01.txt'))).toBe(
      'Drive needs to reload the media to return to proper status. Input/output error. read track info: scsi sendcmd: no error Cannot read first writable address',
    );
  });
});
