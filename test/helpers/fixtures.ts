import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

/** A real captured output (test/fixtures/real-outputs, see SOURCES.md there). */
export function realOutput(name: string): string {
  return readFileSync(path.join(FIXTURES, 'real-outputs', name), 'utf8');
}

/** An output captured on a development machine (test/fixtures/local-outputs, see README.md there). */
export function localOutput(name: string): string {
  return readFileSync(path.join(FIXTURES, 'local-outputs', name), 'utf8');
}

/** stdout and stderr of a local capture (an empty stream has no file). */
export function localStreams(stem: string): { stdout: string; stderr: string } {
  const read = (stream: string) => {
    const file = path.join(FIXTURES, 'local-outputs', `${stem}-${stream}.txt`);
    return existsSync(file) ? readFileSync(file, 'utf8') : '';
  };
  return { stdout: read('stdout'), stderr: read('stderr') };
}

/** Both streams of a local capture as one text, as burnplan reads them (stderr first). */
export function localRun(stem: string): string {
  const { stdout, stderr } = localStreams(stem);
  return `${stderr}\n${stdout}`;
}
