import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeTarget, resolveDevice, resolvePlan } from '../../../src/plan/resolve-plan.js';

describe('resolvePlan', () => {
  const file = '/home/ada/archive/plan.yaml';

  it('applies defaults, then each session overrides them', () => {
    const plan = resolvePlan(
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
    );
    expect(plan.disc).toEqual({ id: 'd', media: 'any', device: undefined, backend: 'auto', speed: undefined });
    expect(plan.finalize).toBe('open');
    expect(plan.eject).toBe(false);
    expect(plan.sessions[0]!.options).toEqual({ joliet: false, rockRidge: true, isoLevel: 3, publisher: 'Ada', followSymlinks: false, hiddenFiles: 'include' });
    expect(plan.sessions[1]!.options).toEqual({ joliet: true, rockRidge: true, isoLevel: 2, publisher: 'Ada', followSymlinks: false, hiddenFiles: 'exclude' });
  });

  it('resolves sources against the plan folder and normalizes targets', () => {
    const plan = resolvePlan(
      { version: 1, disc: { id: 'd' }, sessions: [{ label: 'A', files: ['./photos', '/abs/x.txt', { source: '../scans', target: '/2026//scans/' }] }] },
      file,
    );
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
    const plan = resolvePlan({ version: 1, disc: { id: 'd', device: 'stdio:disc.iso' }, sessions: [] }, 'plans/p.yaml');
    expect(plan.baseDir).toBe(path.resolve('plans'));
    expect(plan.disc.device).toBe(`stdio:${path.resolve('plans/disc.iso')}`);
  });

  it('normalizes disc paths', () => {
    expect(normalizeTarget('/')).toBe('/');
    expect(normalizeTarget('/a/./b/../c/')).toBe('/a/c');
  });
});
