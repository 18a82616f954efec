import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/plan/plan-model.js';
import { normalizeTarget, resolveDevice, resolvePlan } from '../../../src/plan/resolve-plan.js';

describe('resolvePlan', () => {
  const file = '/home/ada/archive/plan.yaml';

  it('applies defaults, then each session overrides them', () => {
    const [plan] = resolvePlan(
      {
        version: 1,
        disc: { id: 'd' },
        defaults: { joliet: false, publisher: 'Ada' },
        sessions: [
          { label: 'A', files: ['./a'] },
          { label: 'B', files: ['./b'], joliet: true, isoLevel: 2, hiddenFiles: 'exclude' },
        ],
      },
      file,
    ).discs as [Plan];
    expect(plan.disc).toEqual({ id: 'd', media: 'any', device: undefined, backend: 'auto', speed: undefined });
    expect(plan.finalize).toBe('open');
    expect(plan.eject).toBe(false);
    expect(plan.sessions[0]!.options).toEqual({ joliet: false, rockRidge: true, isoLevel: 3, publisher: 'Ada', followSymlinks: false, hiddenFiles: 'include' });
    expect(plan.sessions[1]!.options).toEqual({ joliet: true, rockRidge: true, isoLevel: 2, publisher: 'Ada', followSymlinks: false, hiddenFiles: 'exclude' });
  });

  it('takes recovery from defaults, a session overriding it or turning it off', () => {
    const [plan] = resolvePlan(
      {
        version: 1,
        disc: { id: 'd' },
        defaults: { recovery: '10%' },
        sessions: [
          { label: 'A', files: ['./a'] },
          { label: 'B', files: ['./b'], recovery: '100%' },
          { label: 'C', files: ['./c'], recovery: 'off' },
        ],
      },
      file,
    ).discs as [Plan];
    expect(plan.sessions.map((s) => s.options.recovery)).toEqual([10, 100, undefined]);
    expect('recovery' in plan.sessions[2]!.options).toBe(false);
  });

  it('resolves sources against the plan folder and normalizes targets', () => {
    const [plan] = resolvePlan(
      { version: 1, disc: { id: 'd' }, sessions: [{ label: 'A', files: ['./photos', '/abs/x.txt', { source: '../scans', target: '/2026//scans/' }] }] },
      file,
    ).discs as [Plan];
    expect(plan.sessions[0]!.files).toEqual([
      { source: '/home/ada/archive/photos', target: '/', grafted: false },
      { source: '/abs/x.txt', target: '/', grafted: false },
      { source: '/home/ada/scans', target: '/2026/scans', grafted: true },
    ]);
  });

  it('resolves a relative stdio: device against the plan folder and leaves real devices alone', () => {
    expect(resolveDevice('stdio:./disc.iso', '/p')).toBe('stdio:/p/disc.iso');
    expect(resolveDevice('stdio:/tmp/d.iso', '/p')).toBe('stdio:/tmp/d.iso');
    expect(resolveDevice('/dev/sr0', '/p')).toBe('/dev/sr0');
    expect(resolveDevice('1,0,0', '/p')).toBe('1,0,0');
  });

  it('resolves a plan given by a relative path', () => {
    const [plan] = resolvePlan({ version: 1, disc: { id: 'd', device: 'stdio:disc.iso' }, sessions: [] }, 'plans/p.yaml').discs as [Plan];
    expect(plan.baseDir).toBe(path.resolve('plans'));
    expect(plan.disc.device).toBe(`stdio:${path.resolve('plans/disc.iso')}`);
  });

  it('makes a one-disc plan a set of one disc, with the file and its folder', () => {
    const set = resolvePlan({ version: 1, disc: { id: 'd' }, sessions: [{ label: 'A', files: ['./a'] }] }, file);
    expect(set.file).toBe(file);
    expect(set.baseDir).toBe('/home/ada/archive');
    expect(set.discs.map((d) => [d.disc.id, d.file, d.baseDir])).toEqual([['d', file, '/home/ada/archive']]);
  });

  it('resolves each disc of a set with its own sessions and the plan defaults', () => {
    const set = resolvePlan(
      {
        version: 1,
        defaults: { joliet: false },
        discs: [
          { id: 'a', media: 'cd-r', device: 'stdio:a.iso', sessions: [{ label: 'A1', files: ['./a'] }] },
          { id: 'b', backend: 'xorriso', speed: 4, sessions: [{ label: 'B1', files: ['./b'], joliet: true }, { label: 'B2', files: ['./c'] }] },
        ],
      },
      file,
    );
    expect(set.discs.map((d) => d.disc)).toEqual([
      { id: 'a', media: 'cd-r', device: 'stdio:/home/ada/archive/a.iso', backend: 'auto', speed: undefined },
      { id: 'b', media: 'any', device: undefined, backend: 'xorriso', speed: 4 },
    ]);
    expect(set.discs.map((d) => d.sessions.map((s) => [s.index, s.label, s.options.joliet]))).toEqual([
      [[0, 'A1', false]],
      [
        [0, 'B1', true],
        [1, 'B2', false],
      ],
    ]);
    expect(set.discs[1]!.sessions[0]!.files).toEqual([{ source: '/home/ada/archive/b', target: '/', grafted: false }]);
    expect(set.discs.every((d) => d.file === file && d.baseDir === set.baseDir)).toBe(true);
  });

  it('gives each disc of a set its own finalize and eject, else the plan ones, else open and no eject', () => {
    const discs = (finalize?: 'open' | 'close', eject?: boolean) =>
      resolvePlan(
        {
          version: 1,
          ...(finalize === undefined ? {} : { finalize }),
          ...(eject === undefined ? {} : { eject }),
          discs: [
            { id: 'a', sessions: [] },
            { id: 'b', finalize: 'close', sessions: [] },
            { id: 'c', eject: true, sessions: [] },
            { id: 'd', finalize: 'open', eject: false, sessions: [] },
          ],
        },
        file,
      ).discs.map((d) => `${d.disc.id} ${d.finalize} ${d.eject}`);
    expect(discs()).toEqual(['a open false', 'b close false', 'c open true', 'd open false']);
    expect(discs('close', true)).toEqual(['a close true', 'b close true', 'c close true', 'd open false']);
  });

  it('normalizes disc paths', () => {
    expect(normalizeTarget('/')).toBe('/');
    expect(normalizeTarget('/a/./b/../c/')).toBe('/a/c');
  });
});
