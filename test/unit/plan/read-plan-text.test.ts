import { writeFile, mkdir, truncate } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeOpenError, MAX_PLAN_BYTES, readPlanText } from '../../../src/plan/read-plan-text.js';
import { tempDir } from '../../helpers/temp-dir.js';

async function read(content: string | Buffer | null, name = 'plan.yaml') {
  const dir = await tempDir();
  const file = path.join(dir, name);
  if (content !== null) await writeFile(file, content);
  return readPlanText(file);
}

function failure(result: Awaited<ReturnType<typeof readPlanText>>) {
  if (result.ok) throw new Error('expected a failure');
  return result.finding;
}

describe('readPlanText', () => {
  it('returns the text of a plan', async () => {
    expect(await read('version: 1\n')).toEqual({ ok: true, text: 'version: 1\n' });
  });

  it('reports a missing file', async () => {
    expect(failure(await read(null))).toMatchObject({ rule: 'file/unreadable', message: 'no such file' });
  });

  it('reports a directory', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'plans.yaml'));
    expect(failure(await readPlanText(path.join(dir, 'plans.yaml'))).rule).toBe('file/is-directory');
  });

  it('reports an empty file and one of blanks only', async () => {
    expect(failure(await read('')).rule).toBe('file/empty');
    expect(failure(await read('  \n\n\t\n')).rule).toBe('file/empty');
  });

  it('reports binary garbage and invalid UTF-8', async () => {
    expect(failure(await read(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]))).rule).toBe('file/binary');
    expect(failure(await read(Buffer.from([0x61, 0x3a, 0x20, 0xff, 0xfe, 0x0a]))).rule).toBe('file/encoding');
  });

  it('refuses a file over the size limit without reading it', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'huge.yaml');
    await writeFile(file, '');
    await truncate(file, 10 * 1024 * 1024);
    const finding = failure(await readPlanText(file));
    expect(finding.rule).toBe('file/too-large');
    expect(finding.message).toBe('is 10.0 MiB; plans larger than 1.0 MiB are refused (list folders, not single files)');
  });

  it('accepts a file just at the limit', async () => {
    const text = `# ${'x'.repeat(MAX_PLAN_BYTES - 3)}\n`;
    expect((await read(text)).ok).toBe(true);
  });

  it('words the open errors a user can meet', () => {
    const error = (code: string) => Object.assign(new Error(code), { code });
    expect(describeOpenError(error('EACCES'))).toBe('permission denied (cannot read the file)');
    expect(describeOpenError(error('ENOTDIR'))).toContain('not a folder');
    expect(describeOpenError(error('ELOOP'))).toContain('symbolic links');
    expect(describeOpenError(error('EIO'))).toBe('cannot be read: EIO');
  });
});
