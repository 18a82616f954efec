import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { importedPlan } from '../../../src/import/imported-plan.js';
import { burnedSession, cdr } from '../../helpers/builders.js';

describe('importedPlan', () => {
  it('lists every session as found, imported, with the disc id burnplan recorded; defaults keep Joliet as the disc has it, and Rock Ridge on', () => {
    const sessions = [burnedSession(1, 0, 1002, 'yes', { discId: 'family', joliet: false }), burnedSession(2, 12402, 502, '-o', { discId: 'family', rockRidge: false })];
    const { text, discId, discIdFrom } = importedPlan(cdr(sessions), { device: '/dev/sr0' });
    expect([discId, discIdFrom]).toEqual(['family', 'disc']);
    const document = parse(text);
    expect(document).toEqual({
      version: 1,
      disc: { id: 'family', media: 'cd-r', device: '/dev/sr0' },
      defaults: { joliet: true, rockRidge: true },
      finalize: 'open',
      sessions: [
        { label: 'yes', imported: true, joliet: false },
        { label: '-o', imported: true, rockRidge: false },
      ],
    });
    expect(text).toMatch(/# session 1: LBA 0, 1002 sectors, burned by burnplan/);
  });

  it('a disc burned by hand: the disc id is made from the first label unless --id gives one; a closed disc stays closed', () => {
    const sessions = [burnedSession(1, 0, 1002, 'Photos 2019!', { fingerprint: null, discId: '' })];
    expect(importedPlan(cdr(sessions), { device: '/dev/sr0' })).toMatchObject({ discId: expect.stringMatching(/^photos-2019-[0-9a-f]{6}$/), discIdFrom: 'label' });
    expect(importedPlan(cdr(sessions), { device: '/dev/sr0', discId: 'my-id' })).toMatchObject({ discId: 'my-id', discIdFrom: 'option' });
    expect(() => importedPlan(cdr(sessions), { device: '/dev/sr0', discId: '-bad' })).toThrow(/cannot be a disc id/);
    expect(parse(importedPlan(cdr(sessions, { status: 'closed' }), { device: '/dev/sr0' }).text).finalize).toBe('close');
  });

  it('a disc burned by hand with xorriso: its default volume set id ISOIMAGE is no disc id; two such discs get two ids', () => {
    const disc = (size: number) => cdr([burnedSession(1, 0, size, 'ISOIMAGE', { fingerprint: null, discId: 'ISOIMAGE' })]);
    const one = importedPlan(disc(1002), { device: '/dev/sr0' });
    const other = importedPlan(disc(2004), { device: '/dev/sr0' });
    expect(one).toMatchObject({ discId: expect.stringMatching(/^isoimage-[0-9a-f]{6}$/), discIdFrom: 'label' });
    expect(other.discId).not.toBe(one.discId);
    // the same disc imported again gets the same id
    expect(importedPlan(disc(1002), { device: '/dev/sr0' }).discId).toBe(one.discId);
    expect(one.text).toContain("a tool's default such as ISOIMAGE");
  });

  it('refuses what a plan cannot hold: a blank disc, an audio session, sessions of two discs, labels behind a cdrecord address', () => {
    const unreadable = { number: 1, startLba: 0, sizeSectors: 1002 };
    expect(() => importedPlan(cdr([unreadable], { device: '1,0,0' }), { device: '1,0,0' })).toThrow(/labels cannot be read through a cdrecord address/);
    expect(() => importedPlan(cdr([]), { device: '/dev/sr0' })).toThrow(/blank/);
    const audio = { number: 1, startLba: 0, sizeSectors: 20000, audio: true };
    expect(() => importedPlan(cdr([audio]), { device: '/dev/sr0' })).toThrow(/audio session/);
    const two = [burnedSession(1, 0, 1002, 'A', { discId: 'one' }), burnedSession(2, 12402, 502, 'B', { discId: 'two' })];
    expect(() => importedPlan(cdr(two), { device: '/dev/sr0' })).toThrow(/several disc ids/);
  });
});
