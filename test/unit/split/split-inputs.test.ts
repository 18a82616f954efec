// The pieces around the split decision: sizes as the options take them, media capacities, disc
// ids and labels, and the plan text, which must validate.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { checkPlanText } from '../../../src/plan/check-plan.js';
import { DISC_ID_PATTERN } from '../../../src/plan/lint/disc-rules.js';
import { sessionOverhead, splitMedia } from '../../../src/split/disc-capacity.js';
import { deviceFor, discId, discLabel, formatSetPlan, prefixFrom } from '../../../src/split/format-set-plan.js';
import { parseSize, sectorsIn } from '../../../src/split/parse-size.js';
import { splitFolder } from '../../../src/split/split-folder.js';
import { GiB, limits, tree } from './split-tree-builder.js';

describe('parseSize', () => {
  it('takes decimal and binary units, sectors, bytes and, for the reserve, a share', () => {
    expect(parseSize('--capacity', '100GB')).toEqual({ bytes: 100e9 });
    expect(parseSize('--capacity', '4MiB')).toEqual({ bytes: 4 * 1024 ** 2 });
    expect(parseSize('--capacity', '359849s')).toEqual({ bytes: 359_849 * 2048 });
    expect(parseSize('--capacity', '1.5 GiB')).toEqual({ bytes: 1.5 * GiB });
    expect(parseSize('--capacity', '2048')).toEqual({ bytes: 2048 });
    expect(parseSize('--reserve', '10%', { percent: true })).toEqual({ percent: 10 });
    expect(sectorsIn(4095)).toBe(1);
  });

  it('refuses what is not a size, in one line naming the option', () => {
    for (const text of ['', 'lots', '-1GB', '10%', '1e9', '5 parsecs']) {
      expect(() => parseSize('--capacity', text)).toThrow(UserError);
    }
    expect(() => parseSize('--capacity', 'lots')).toThrow('--capacity "lots" is not a size such as 25GB, 4MiB, 700MB or 359849s (sectors)');
    expect(() => parseSize('--reserve', '100%', { percent: true })).toThrow('--reserve 100%: a share of the disc must be below 100%');
  });
});

describe('media', () => {
  it('knows the nominal capacities and the dual-layer variants', () => {
    expect(splitMedia('cd-r')?.capacity).toBe(359_849);
    expect(splitMedia('DVD+R')?.capacity).toBe(2_295_104);
    expect(splitMedia('dvd-r')?.capacity).toBe(2_298_496);
    expect(splitMedia('bd-r')?.capacity).toBe(12_219_392);
    expect(splitMedia('dvd+r-dl')).toMatchObject({ planMedia: 'dvd+r', capacity: 4_173_824 });
    expect(splitMedia('floppy')).toBeUndefined();
  });

  it("costs a session as the diff's geometry does", () => {
    expect(sessionOverhead('cd-r', 100)).toBe(200 + 2 + 11_400); // padded to 300 sectors
    expect(sessionOverhead('dvd+r', 1000)).toBe(8 + 2048); // whole 16-sector blocks
    expect(sessionOverhead('dvd-r', 1000)).toBe(16_384);
    expect(sessionOverhead('bd-re', 1000)).toBe(0);
  });
});

describe('disc ids and labels', () => {
  it('numbers discs with two digits, more when there are more discs', () => {
    expect(discId('photos', 1, 3)).toBe('photos-01');
    expect(discId('photos', 7, 120)).toBe('photos-007');
    expect(deviceFor('stdio:./discs/{id}-{n}.iso', 2, 'photos-02')).toBe('stdio:./discs/photos-02-2.iso');
  });

  it('makes a prefix of a folder name that is not an id', () => {
    expect(prefixFrom('My Photos (2026)')).toBe('My-Photos-2026');
    expect(prefixFrom('Ünïcødé')).toBe('n-c-d');
    expect(prefixFrom('...')).toBe('disc');
  });

  it('makes labels of upper-case d-characters that Joliet readers show whole', () => {
    for (const prefix of ['photos', 'family.archive-2026', 'a'.repeat(60), 'Ünïcødé']) {
      const label = discLabel(prefix, 12, 40);
      expect(label).toMatch(/^[A-Z0-9_]{1,16}$/);
      expect(label.endsWith('_12')).toBe(true);
      expect(DISC_ID_PATTERN.test(discId(prefixFrom(prefix), 100, 100))).toBe(true);
    }
  });
});

describe('formatSetPlan', () => {
  it('writes a set plan that validates, a large file giving its disc xorriso and ISO level 3', async () => {
    const root = tree({ video: { 'film.mkv': 5 * GiB }, photos: { 'a.jpg': 3 * GiB, 'b.jpg': 3 * GiB } });
    const discLimits = limits(6 * 1024 * 1024 * 1024 / 2048);
    const result = splitFolder(root, discLimits);
    const text = formatSetPlan(result, { folder: './data', shownFolder: 'data', prefix: 'media', media: splitMedia('bd-r')!, limits: discLimits, deviceTemplate: 'stdio:./{id}.iso' });
    const check = await checkPlanText(text, '/nonexistent-folder/plan.yaml');
    expect(check.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const discs = check.set!.discs;
    expect(discs.map((d) => d.disc.id)).toEqual(['media-01', 'media-02', 'media-03']);
    const withFilm = discs.find((d) => d.sessions[0]!.files.some((f) => f.target === '/video'))!;
    expect(withFilm.disc.backend).toBe('xorriso');
    expect(withFilm.sessions[0]!.options.isoLevel).toBe(3);
    expect(withFilm.disc.device).toBe(`stdio:/nonexistent-folder/${withFilm.disc.id}.iso`);
    expect(discs.every((d) => d.disc.media === 'bd-r' && d.sessions.length === 1)).toBe(true);
  });
});
