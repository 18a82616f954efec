// Why drives are missing from a scan, and the one line a user gets when none is listed.
import { describe, expect, it } from 'vitest';
import type { DeviceNode } from '../../../src/drives/device-nodes.js';
import type { DriveScan, ListedDrive } from '../../../src/drives/drive-model.js';
import { noneFoundMessage, unusableDevices } from '../../../src/drives/explain-drives.js';

const scan = (over: Partial<DriveScan> = {}): DriveScan => ({ drives: [], busy: [], problems: [], ...over });
const node = (path: string, over: Partial<DeviceNode> = {}): DeviceNode => ({ path, accessible: true, group: 'cdrom', ...over });
const drive = (device: string): ListedDrive => ({ device, vendor: 'TSSTcorp', model: 'CDDVDW SH-S223C' });

describe('unusableDevices', () => {
  it('is empty when every node is open to us', () => {
    expect(unusableDevices([node('/dev/sr0')], scan(), [drive('/dev/sr0')])).toEqual([]);
  });

  it('names the group to join for a node we may not open', () => {
    expect(unusableDevices([node('/dev/sr0', { accessible: false })], scan(), [])).toEqual([
      {
        device: '/dev/sr0',
        reason: 'permission',
        group: 'cdrom',
        hint: 'you may not open it: join the group cdrom (sudo usermod -aG cdrom $USER, then log in again)',
      },
    ]);
  });

  it('tells a user who joined the group since logging in to log in again', () => {
    const [unusable] = unusableDevices([node('/dev/sr0', { accessible: false, joinedSinceLogin: true })], scan(), []);
    expect(unusable?.hint).toBe('you may not open it yet: you were added to the group cdrom after this login; log out and in again (or run "newgrp cdrom")');
  });

  it('does not send anyone to join the group root', () => {
    const [unusable] = unusableDevices([node('/dev/sr0', { accessible: false, group: 'root' })], scan(), []);
    expect(unusable).toMatchObject({ reason: 'permission' });
    expect(unusable?.group).toBeUndefined();
    expect(unusable?.hint).toMatch(/^you may not open it: only root may/);
  });

  it('reports a busy drive the tool named once, before anything else about it', () => {
    const unusable = unusableDevices([node('/dev/sr0'), node('/dev/sr1')], scan({ busy: ['/dev/sr1'] }), [drive('/dev/sr0')]);
    expect(unusable).toEqual([{ device: '/dev/sr1', reason: 'busy', hint: expect.stringMatching(/^another program is using it/) }]);
  });

  it('leaves out a busy device that is listed all the same', () => {
    expect(unusableDevices([], scan({ busy: ['/dev/sr0'] }), [drive('/dev/sr0')])).toEqual([]);
  });
});

describe('noneFoundMessage', () => {
  it('says that the system has no drive node at all (the CI machines)', () => {
    expect(noneFoundMessage('xorriso -devices', scan({ problems: ['No drives found'] }), [], [])).toBe(
      'no optical drive found (xorriso -devices: No drives found); this system has no /dev/sr* device: is a drive connected? (a USB drive takes a few seconds to appear)',
    );
  });

  it('puts the permission problem and the group first when drives are hidden by it', () => {
    const nodes = [node('/dev/sr0', { accessible: false })];
    const message = noneFoundMessage('xorriso -devices', scan({ problems: ['No drives found'] }), nodes, unusableDevices(nodes, scan(), []));
    expect(message).toBe(
      'no optical drive found that you may use (xorriso -devices: No drives found): /dev/sr0: you may not open it: join the group cdrom (sudo usermod -aG cdrom $USER, then log in again)',
    );
  });

  it('names the busy drive', () => {
    const busy = scan({ busy: ['/dev/sr0'], problems: ['No drives found'] });
    expect(noneFoundMessage('xorriso -devices', busy, [node('/dev/sr0')], unusableDevices([node('/dev/sr0')], busy, []))).toMatch(
      /^no optical drive found \(xorriso -devices: No drives found\): \/dev\/sr0: another program is using it/,
    );
  });

  it('says which nodes exist when the tool lists none of them for no reason we can see', () => {
    expect(noneFoundMessage('cdrskin --devices', scan(), [node('/dev/sr0'), node('/dev/sr1')], [])).toBe(
      'no optical drive found (cdrskin --devices lists none), although /dev/sr0, /dev/sr1 exist',
    );
  });
});
