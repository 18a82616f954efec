import { describe, expect, it } from 'vitest';
import { formatProgress, parseProgressLine, secondsLeft } from '../../../src/apply/parse-progress.js';
import { localStreams, realOutput } from '../../helpers/fixtures.js';

const lines = (text: string) => text.split(/[\r\n]/).filter(Boolean);

describe('parseProgressLine on real captures', () => {
  it('wodim writing a DVD-R', () => {
    const found = lines(realOutput('wodim-burn-dvdr-sao-progress-01.txt')).map(parseProgressLine).filter(Boolean);
    expect(found[0]).toEqual({ writtenMiB: 0, totalMiB: 2667, percent: 0 });
    expect(found[3]).toEqual({ writtenMiB: 3, totalMiB: 2667, percent: (3 / 2667) * 100, fifo: 100, buffer: 99, speed: 4.2 });
  });

  it('cdrecord, with the blanks a forum collapsed, and lines without fifo or buf', () => {
    expect(parseProgressLine('Track 02: 707 of 707 MB written (fifo 100%) [buf 56%] 12.5x.')).toEqual({ writtenMiB: 707, totalMiB: 707, percent: 100, fifo: 100, buffer: 56, speed: 12.5 });
    const audio = lines(realOutput('cdrecord-burn-audio-dummy-progress-excerpt-01.txt')).map(parseProgressLine).filter(Boolean);
    expect(audio[0]).toEqual({ writtenMiB: 0, totalMiB: 3, percent: 0 });
    expect(audio[1]).toEqual({ writtenMiB: 1, totalMiB: 3, percent: (1 / 3) * 100, fifo: 100, speed: 9.7 });
  });

  it('cdrskin', () => {
    const line = lines(realOutput('cdrskin-burn-dvdplusr-sao-progress-02.txt')).find((l) => l.includes('MB written'))!;
    expect(parseProgressLine(line)).toEqual({ writtenMiB: 852, totalMiB: 852, percent: 100, fifo: 100, buffer: 98, speed: 7.4 });
  });

  it('xorriso -as cdrecord streaming without a total', () => {
    const found = lines(realOutput('xorriso-as-cdrecord-cdrw-blank-then-stream-write-excerpt-01.txt')).map(parseProgressLine).filter(Boolean);
    expect(found[0]).toEqual({ writtenMiB: 0, fifo: 99, buffer: 0 });
    expect(found.at(-1)).toEqual({ writtenMiB: 4, fifo: 99, buffer: 97, speed: 10 });
  });

  it('xorriso -as cdrecord with the track size known: percent from the total', () => {
    const found = lines(realOutput('xorriso-as-cdrecord-dvdplusr-progress-with-total-1.4.2-excerpt-01.txt')).map(parseProgressLine).filter(Boolean);
    expect(found[0]).toEqual({ writtenMiB: 0, totalMiB: 1986, percent: 0, fifo: 99, buffer: 100, speed: 0 });
    expect(found[2]).toEqual({ writtenMiB: 1, totalMiB: 1986, percent: (1 / 1986) * 100, fifo: 95, buffer: 100, speed: 0.2 });
    expect(found.find((p) => p!.writtenMiB === 1001)).toEqual({ writtenMiB: 1001, totalMiB: 1986, percent: (1001 / 1986) * 100, fifo: 99, buffer: 99, speed: 3.2 });
    expect(found.at(-1)).toEqual({ writtenMiB: 1986, totalMiB: 1986, percent: 100, fifo: 0, buffer: 99, speed: 0 });
    const first = lines(realOutput('xorriso-as-cdrecord-dvdplusrdl-progress-with-total-1.4.2-excerpt-01.txt')).map(parseProgressLine).find(Boolean);
    expect(first).toEqual({ writtenMiB: 0, totalMiB: 7968, percent: 0, fifo: 99, buffer: 0 });
  });

  it('xorriso writing natively (local capture and lines quoted from real drives)', () => {
    const found = lines(localStreams('xorriso-commit-stdio-progress').stderr).map(parseProgressLine).filter(Boolean);
    expect(found.length).toBeGreaterThanOrEqual(2);
    expect(found[0]).toMatchObject({ fifo: expect.any(Number), buffer: 50 });
    expect(parseProgressLine('xorriso : UPDATE : Writing:     147456s   84.0%   fifo 100%  buf  50%   60.5xD')).toEqual({ percent: 84, writtenMiB: 288, fifo: 100, buffer: 50, speed: 60.5 });
    expect(parseProgressLine('xorriso : UPDATE : Writing:      37216s    5.5%   fifo  98%  buf  50%')).toEqual({ percent: 5.5, writtenMiB: (37216 * 2048) / 2 ** 20, fifo: 98, buffer: 50 });
  });

  it('genisoimage building the image', () => {
    const found = lines(localStreams('genisoimage-write-progress').stderr).map(parseProgressLine).filter(Boolean);
    expect(found[0]).toEqual({ percent: 2.05 });
  });

  it('ignores everything else', () => {
    for (const line of ['Starting new track at sector: 0', 'xorriso : UPDATE : Blanking  ( 1.0% done in 2 seconds )', 'Fixating...', '850.0% done', '']) {
      expect(parseProgressLine(line)).toBeUndefined();
    }
  });
});

describe('progress for people', () => {
  it('estimates the time left once there is a pace', () => {
    expect(secondsLeft(25, 60)).toBe(180);
    expect(secondsLeft(0, 60)).toBeUndefined();
    expect(secondsLeft(50, 1)).toBeUndefined();
  });

  it('formats a line', () => {
    expect(formatProgress({ percent: 25, writtenMiB: 100, totalMiB: 400, speed: 16, fifo: 100, buffer: 99 }, 60)).toBe('25.0%, 100 of 400 MiB, 16x, fifo 100%, buffer 99%, about 3 min 0 s left');
  });
});
