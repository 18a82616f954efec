// Streams a file through a hash: constant memory whatever its size.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';

const CHUNK_BYTES = 1024 * 1024;

export async function hashFile(path: string, algorithm: string, onBytes?: (bytes: number) => void): Promise<string> {
  const hash = createHash(algorithm);
  await pipeline(createReadStream(path, { highWaterMark: CHUNK_BYTES }), async function* (chunks: AsyncIterable<Buffer>) {
    for await (const chunk of chunks) {
      hash.update(chunk);
      onBytes?.(chunk.length);
    }
    yield* [];
  });
  return hash.digest('hex');
}
