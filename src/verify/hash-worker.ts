// A hashing thread of `hash-pool.ts`, its own entry in the bundle (dist/verify/hash-worker.js):
// it takes buffers of file pieces read from the disc, hashes each piece into its file's hash,
// and hands the buffer straight back (transferred, not copied) so the reader can fill it again.
// A file's pieces all come to one thread, in order; a file ends with the piece marked `last`.
import { createHash, type Hash } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import type { HashReply, HashRequest } from './hash-messages.js';

const { algorithm } = workerData as { algorithm: string };
const port = parentPort!;
const open = new Map<number, Hash>();

port.on('message', (request: HashRequest) => {
  if (request.kind === 'drop') {
    open.delete(request.file);
    return;
  }
  const bytes = Buffer.from(request.buffer);
  const digests: HashReply['digests'] = [];
  for (const piece of request.pieces) {
    let hash = open.get(piece.file);
    if (!hash) {
      hash = createHash(algorithm);
      open.set(piece.file, hash);
    }
    hash.update(bytes.subarray(piece.offset, piece.offset + piece.length));
    if (piece.last) {
      digests.push([piece.file, hash.digest('hex')]);
      open.delete(piece.file);
    }
  }
  const reply: HashReply = { buffer: request.buffer, bytes: request.bytes, digests };
  port.postMessage(reply, [request.buffer]);
});
