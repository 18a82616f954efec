// Every captured output, through every reading parser: each must read exactly what the capture
// holds (capture-readings.ts), and turning one into a Disc either succeeds or fails with a
// DeviceError that the user gets as one clear line.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCAL_OUTPUT_READINGS, REAL_OUTPUT_READINGS } from './capture-readings.js';
import { readCapture, type DiscOrReason } from './read-capture.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

function textFiles(folder: string): string[] {
  return readdirSync(path.join(FIXTURES, folder)).filter((name) => name.endsWith('.txt'));
}

/** cdrecord 1.x writes "Jörg" in ISO-8859-1 (SOURCES.md): read every capture byte for byte. */
function read(folder: string, name: string): string {
  return readFileSync(path.join(FIXTURES, folder, name), 'latin1');
}

const realFiles = textFiles('real-outputs');
const localFiles = textFiles('local-outputs');
/** A local run's two streams, one stem (an empty stream has no file). */
const localStems = [...new Set(localFiles.map((name) => name.replace(/-(stdout|stderr)\.txt$/, '')))];

function localRun(stem: string): string {
  const stream = (which: string) => (localFiles.includes(`${stem}-${which}.txt`) ? read('local-outputs', `${stem}-${which}.txt`) : '');
  return `${stream('stderr')}\n${stream('stdout')}`;
}

function sessionsOf(disc: DiscOrReason | undefined): Array<[number, number]> {
  return typeof disc === 'object' ? disc.sessions : [];
}

describe('every captured output', () => {
  it('there are many, and each has its expected reading (and no reading is left without its capture)', () => {
    expect(realFiles.length + localFiles.length).toBeGreaterThan(70);
    expect(Object.keys(REAL_OUTPUT_READINGS).sort()).toEqual([...realFiles].sort());
    expect(Object.keys(LOCAL_OUTPUT_READINGS).sort()).toEqual([...localStems].sort());
  });

  it.each(realFiles)('real-outputs/%s reads as expected', (name) => {
    expect(readCapture(read('real-outputs', name))).toEqual(REAL_OUTPUT_READINGS[name]);
  });

  it.each(localStems)('local-outputs/%s (stderr then stdout) reads as expected', (stem) => {
    expect(readCapture(localRun(stem))).toEqual(LOCAL_OUTPUT_READINGS[stem]);
  });

  // each stream alone too: a reader given half a run may fail, but only with a one-line DeviceError
  it.each(localFiles)('local-outputs/%s alone is read without a crash', (name) => {
    expect(() => readCapture(read('local-outputs', name))).not.toThrow();
  });

  it('a non-blank TOC yields sessions in increasing, non-overlapping order, each with sectors', () => {
    const readings = [...realFiles.map((name) => readCapture(read('real-outputs', name))), ...localStems.map((stem) => readCapture(localRun(stem)))];
    const discs = readings.flatMap((reading) => [reading.minfo, reading.xorriso]).filter((disc) => typeof disc === 'object');
    expect(discs.filter((disc) => disc.sessions.length >= 2).length).toBeGreaterThanOrEqual(4);
    for (const disc of discs) {
      sessionsOf(disc).forEach(([start, size], i, all) => {
        expect(size).toBeGreaterThan(0);
        const previous = all[i - 1];
        if (previous) expect(start).toBeGreaterThanOrEqual(previous[0] + previous[1]);
      });
      if (disc.status === 'blank') expect(disc.sessions).toEqual([]);
      if (disc.status === 'appendable' && disc.sessions.length > 0 && disc.nextWritableAddress !== undefined) {
        const [start, size] = disc.sessions[disc.sessions.length - 1]!;
        expect(disc.nextWritableAddress).toBeGreaterThanOrEqual(start + size);
      }
    }
    for (const reading of readings) {
      reading.toc?.lbas.forEach((lba, i, all) => {
        if (i > 0) expect(lba).toBeGreaterThan(all[i - 1]!);
        if (reading.toc?.leadOut !== undefined) expect(lba).toBeLessThan(reading.toc.leadOut);
      });
    }
  });
});
