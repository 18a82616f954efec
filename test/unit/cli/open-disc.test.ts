// openDevice: which device and backend a command gets, and that the device is refused before
// any backend is looked for.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { openDevice } from '../../../src/cli/open-disc.js';

const accept = () => {};
const PROGRAMS = ['BURNPLAN_XORRISO', 'BURNPLAN_CDRECORD'] as const;

describe('openDevice', () => {
  // any executable stands for the tools: nothing is run, and none needs to be installed
  beforeEach(() => PROGRAMS.forEach((name) => (process.env[name] = process.execPath)));
  afterEach(() => PROGRAMS.forEach((name) => delete process.env[name]));

  it('takes --device and --backend over the plan', async () => {
    const opened = await openDevice({ deviceOption: '/dev/sr1', backendOption: 'xorriso', plannedDisc: { device: '/dev/sr0', backend: 'cdrecord' }, check: accept });
    expect(opened.device).toBe('/dev/sr1');
    expect(opened.backend.name).toBe('xorriso');
  });

  it("takes the plan's device and backend when the options name none", async () => {
    const opened = await openDevice({ deviceOption: undefined, backendOption: undefined, plannedDisc: { device: 'stdio:/tmp/disc.iso', backend: 'xorriso' }, check: accept });
    expect(opened).toMatchObject({ device: 'stdio:/tmp/disc.iso', backend: { name: 'xorriso' } });
  });

  it('auto reads a cdrecord address with the cdrecord family', async () => {
    const opened = await openDevice({ deviceOption: '1,0,0', backendOption: undefined, plannedDisc: undefined, check: accept });
    expect(opened.backend.name).toBe('cdrecord');
  });

  it('checks the chosen device before it looks for any program', async () => {
    const checked: string[] = [];
    const refuse = (device: string) => {
      checked.push(device);
      throw new UserError(`${device}: refused`);
    };
    // BURNPLAN_XORRISO pointing nowhere would be reported by loadBackend, were it reached
    process.env['BURNPLAN_XORRISO'] = '/opt/nowhere/xorriso';
    await expect(openDevice({ deviceOption: 'stdio:./d.iso', backendOption: 'xorriso', plannedDisc: undefined, check: refuse })).rejects.toThrow(/d\.iso: refused$/);
    expect(checked).toEqual([`stdio:${process.cwd()}/d.iso`]);
  });
});
