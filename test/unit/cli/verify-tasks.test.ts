// verify's task list: a task per session, in order, its title counting the MiB read; drawn on
// the stream it is given, never on stdout; a failure ends the list with the error itself.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { verifyTasks, type VerifyOne } from '../../../src/cli/verify-tasks.js';
import type { DiscSession } from '../../../src/disc/disc-model.js';
import { UserError } from '../../../src/errors.js';
import type { SessionVerification } from '../../../src/verify/verify-model.js';

const MiB = 1024 ** 2;
const plainLines = { renderer: 'default', fallbackRenderer: 'simple', fallbackRendererCondition: true, silentRendererCondition: false } as const;

function session(number: number, label: string): DiscSession {
  return { number, startLba: number * 1000, filesystem: { volumeId: label } } as DiscSession;
}

function verified(session: DiscSession): SessionVerification {
  return { number: session.number, label: session.filesystem!.volumeId, startLba: session.startLba, outcome: 'ok', filesChecked: 1, bytesRead: 0, damaged: [], earlierCopies: [], missing: [], readErrors: [], treeMismatches: [], unrecorded: [] } as SessionVerification;
}

function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk) => (text += String(chunk)));
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => text };
}

describe('verifyTasks', () => {
  it('reads each session in turn and keeps its result by number', async () => {
    const order: number[] = [];
    const verifyOne: VerifyOne = async (s, onBytes) => {
      order.push(s.number);
      onBytes(2 * MiB);
      onBytes(MiB);
      return verified(s);
    };
    const out = capture();
    const results = await verifyTasks([session(1, 'Photos'), session(3, 'Docs')], verifyOne, plainLines, out.stream).run();
    expect(order).toEqual([1, 3]);
    expect([...results.keys()]).toEqual([1, 3]);
    expect(results.get(3)?.label).toBe('Docs');
    const lines = out.text().trimEnd().split('\n');
    expect(lines.map((l) => l.replace(/^\S+ /, ''))).toEqual([
      'reading session 1 (Photos): 0 MiB',
      'reading session 1 (Photos): 3 MiB',
      'reading session 3 (Docs): 0 MiB',
      'reading session 3 (Docs): 3 MiB',
    ]);
    expect(out.text()).not.toContain('\u001b');
  });

  it('stops at the first session that fails, with its error unchanged', async () => {
    const refusal = new UserError('stdio:/x.iso: cannot read sector 40');
    const verifyOne: VerifyOne = async (s) => {
      if (s.number === 1) throw refusal;
      return verified(s);
    };
    const out = capture();
    await expect(verifyTasks([session(1, 'A'), session(2, 'B')], verifyOne, plainLines, out.stream).run()).rejects.toBe(refusal);
    expect(out.text()).not.toContain('session 2');
  });

  it('draws nothing when silent', async () => {
    const out = capture();
    await verifyTasks([session(1, 'A')], async (s) => verified(s), { ...plainLines, silentRendererCondition: true }, out.stream).run();
    expect(out.text()).toBe('');
  });
});
