// What the reader and its hashing threads say to each other (types only: the worker's bundle
// takes nothing from here at run time).

/** Bytes `offset`..`offset + length` of the buffer are the next piece of file number `file`. */
export interface Piece {
  file: number;
  offset: number;
  length: number;
  /** The file's last piece: its digest comes back with this buffer. */
  last: boolean;
}

export type HashRequest =
  | { kind: 'hash'; buffer: ArrayBuffer; bytes: number; pieces: Piece[] }
  /** The file could not be read to its end: forget its hash. */
  | { kind: 'drop'; file: number };

export interface HashReply {
  buffer: ArrayBuffer;
  bytes: number;
  digests: [file: number, hex: string][];
}
