import { describe, expect, it } from 'vitest';
import { checkPlanText } from '../../helpers/check-plan-text.js';

async function lint(disc: string, sessions: string, tail = '') {
  const yaml = `version: 1\ndisc:\n${disc}sessions:\n${sessions}${tail}`;
  const check = await checkPlanText(yaml, { 'data/a.txt': 'a' });
  return check.findings.map((f) => `${f.position?.line}:${f.position?.column} ${f.severity} ${f.rule}`);
}

const one = '  - label: S1\n    files: [./data]\n';
const many = (n: number) => Array.from({ length: n }, (_, i) => `  - label: S${i + 1}\n    files: [./data]\n`).join('');

describe('disc rules', () => {
  it('accepts ids made of letters, digits, dot, dash and underscore', async () => {
    expect(await lint('  id: family_archive-2026.v2\n', one)).toEqual([]);
  });

  it.each(['"my disc"', '-leading-dash', '"ärchiv"', 'x'.repeat(65), '"a/b"'])('refuses the disc id %s', async (id) => {
    expect(await lint(`  id: ${id}\n`, one)).toEqual(['3:7 error lint/disc-id']);
  });

  it.each(['/dev/sr0', 'stdio:./disc.iso', 'stdio:/tmp/disc.iso'])('accepts the device %s', async (device) => {
    expect(await lint(`  id: d\n  device: ${device}\n`, one)).toEqual([]);
  });

  it.each(['disc.iso', 'sr0', '"stdio:"', 'dev=1,0,0'])('refuses the device %s', async (device) => {
    expect(await lint(`  id: d\n  device: ${device}\n`, one)).toEqual(['4:11 error lint/device']);
  });

  // burnplan reads each disc it writes back through its sectors (labels, mkisofs -M, verify):
  // a cdrecord address gives none of that, so a plan cannot name one
  it.each(['"1,0,0"', '"ATA:1,0,0"'])('refuses the cdrecord address %s, naming the device node to give', async (device) => {
    expect(await lint(`  id: d\n  device: ${device}\n`, one)).toEqual(['4:11 error lint/device']);
    const check = await checkPlanText(`version: 1\ndisc:\n  id: d\n  device: ${device}\nsessions: []\n`);
    expect(check.findings[0]?.message).toContain('/dev/srN');
  });

  it.each(['ISOIMAGE', 'cdrom'])('warns that the disc id %s is a tool default, which tells no disc from another', async (id) => {
    expect(await lint(`  id: ${id}\n`, one)).toEqual(['3:7 warning lint/disc-id-default']);
  });

  it('warns that cdrecord and wodim cannot open a virtual disc', async () => {
    expect(await lint('  id: d\n  device: stdio:./disc.iso\n  backend: cdrecord\n', one)).toEqual(['5:12 warning lint/virtual-disc-backend']);
    expect(await lint('  id: d\n  device: stdio:./disc.iso\n  backend: xorriso\n', one)).toEqual([]);
  });

  it('says how to write a virtual disc', async () => {
    const check = await checkPlanText('version: 1\ndisc:\n  id: d\n  device: disc.iso\nsessions: []\n');
    expect(check.findings[0]?.message).toContain('write "stdio:disc.iso"');
  });

  it('allows 99 sessions on a CD-R and refuses the 100th, pointing at it', async () => {
    expect(await lint('  id: d\n  media: cd-r\n', many(99))).toEqual([]);
    expect(await lint('  id: d\n  media: cd-r\n', many(100))).toEqual(['204:5 error lint/too-many-sessions']);
  });

  it('knows the DVD+R limit and sets none for media of unknown kind', async () => {
    expect(await lint('  id: d\n  media: dvd+r\n', many(154))).toEqual(['312:5 error lint/too-many-sessions']);
    expect(await lint('  id: d\n  media: any\n', many(154))).toEqual([]);
  });

  it('refuses finalize: close without sessions', async () => {
    expect(await lint('  id: d\n', ' []\n', 'finalize: close\n')).toEqual(['6:11 error lint/close-without-sessions']);
    expect(await lint('  id: d\n', ' []\n', 'finalize: open\n')).toEqual([]);
  });
});

describe('overwriteable media (DVD+RW, DVD-RW, BD-RE)', () => {
  it.each(['dvd+rw', 'dvd-rw', 'bd-re'])('accepts media: %s with sessions appended', async (media) => {
    expect(await lint(`  id: d\n  media: ${media}\n`, many(2))).toEqual([]);
  });

  // xorriso(1) 1.5.4, -close: "This will have no effect on overwritable media types."
  it.each(['dvd+rw', 'bd-re'])('finalize: close on %s: a warning at validate, the disc stays appendable', async (media) => {
    expect(await lint(`  id: d\n  media: ${media}\n`, one, 'finalize: close\n')).toEqual(['8:11 warning lint/close-overwriteable']);
    const check = await checkPlanText(`version: 1\ndisc:\n  id: d\n  media: ${media}\nsessions:\n${one}finalize: close\n`, { 'data/a.txt': 'a' });
    expect(check.findings[0]?.message).toMatch(/cannot be closed: .*stays appendable.*write-once media/);
  });

  it('a DVD-RW may be sequential (closable, written by cdrecord): left to diff, which sees the disc', async () => {
    expect(await lint('  id: d\n  media: dvd-rw\n  backend: cdrecord\n', one, 'finalize: close\n')).toEqual([]);
  });

  it('an overwriteable media with backend cdrecord: cdrecord cannot grow an image on it', async () => {
    expect(await lint('  id: d\n  media: dvd+rw\n  backend: cdrecord\n', one)).toEqual(['5:12 error lint/overwriteable-backend']);
  });
});
