// The burn pipeline with tiny real programs: whose lines are the burn's progress, how many bytes
// went through the pipe, and which lines a failure report keeps.
import { describe, expect, it } from 'vitest';
import { burnFailureMessage, streamMismatch } from '../../../src/apply/burn-outcome.js';
import { runPipeline } from '../../../src/apply/run-pipeline.js';

const node = process.execPath;
const program = (code: string) => ({ program: node, args: ['-e', code] });

/** mkisofs: its own "% done" on stderr, 5 sectors of image on stdout. */
const mkisofs = program(`process.stderr.write(' 50.00% done, estimate finish Sat Dec  5 10:00:00 2026\\n'); process.stdout.write(Buffer.alloc(5 * 2048, 1));`);
/** cdrecord: reads its standard input, then says how far it got. */
const cdrecord = (after: string) => program(`let n = 0; process.stdin.on('data', (d) => (n += d.length)); process.stdin.on('end', () => { ${after} });`);

describe('runPipeline', () => {
  it('hands over only the writer\'s lines and counts the bytes piped into it', async () => {
    const lines: string[] = [];
    let pids: number[] = [];
    const result = await runPipeline([mkisofs, cdrecord(`console.log('Track 01:    1 of    2 MB written (fifo 100%)'); console.log('got ' + n);`)], {
      signal: new AbortController().signal,
      onLine: (line) => lines.push(line),
      onStart: (started) => (pids = started),
    });
    expect(result.ok).toBe(true);
    expect(lines).toEqual(['Track 01:    1 of    2 MB written (fifo 100%)', 'got 10240']);
    expect(result.streamedBytes).toBe(10240);
    expect(pids).toHaveLength(2);
    expect(streamMismatch(result, 10240)).toBeUndefined();
    expect(streamMismatch(result, 8192)).toMatch(/sent 5 sectors but the writer was told 4 sectors: the session on the disc is cut short/);
    expect(streamMismatch(result, 12288)).toMatch(/sent only 5 sectors of the 6 sectors measured/);
  });

  it('reports the lines that say why the writer failed, not the statistics it prints after', async () => {
    const failing = cdrecord(
      [
        `console.error('Errno: 5 (Input/output error), write_g1 scsi sendcmd: no error');`,
        `console.error('CDB:  2A 00 00 00 00 64 00 00 1F 00');`,
        `console.error('status: 0x2 (CHECK CONDITION)');`,
        `console.error('Sense Key: 0x3 Medium Error, Segment 0');`,
        `console.error('Sense Code: 0x0C Qual 0x00 (write error) Fru 0x0');`,
        `console.log('write track data: error after 204800 bytes');`,
        `console.error('A write error occured.');`,
        `console.error('Please properly read the error message above.');`,
        `console.log('Writing  time:    1.230s');`,
        `console.log('Fixating...');`,
        `console.log('Fixating time:    0.001s');`,
        `console.error('fifo had 4 puts and 4 gets.');`,
        `console.error('fifo was 0 times empty and 0 times full, min fill was 100%.');`,
        'process.exit(254);',
      ].join(' '),
    );
    const result = await runPipeline([mkisofs, { ...failing, program: node }], { signal: new AbortController().signal, onLine: () => undefined });
    expect(result.ok).toBe(false);
    const message = burnFailureMessage(result);
    expect(message.startsWith(`${node} failed (exit 254): Errno: 5 (Input/output error), write_g1 scsi sendcmd: no error / `)).toBe(true);
    // stdout and stderr arrive each in order, not with each other
    for (const cause of ['Sense Key: 0x3 Medium Error, Segment 0', 'Sense Code: 0x0C Qual 0x00 (write error) Fru 0x0', 'write track data: error after 204800 bytes']) expect(message).toContain(cause);
    expect(message).not.toMatch(/CDB|Fixating|fifo|occured|Please/);
  });
});
