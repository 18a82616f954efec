// Maps a path inside the plan's data (as ajv and the lint rules name it) back to the YAML node
// it came from, and that node to a line and column.
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from 'yaml';
import type { Position } from './finding.js';

export type DataPath = ReadonlyArray<string | number>;

export interface Locator {
  /** Position of the value at `path`, or of the nearest ancestor that exists. */
  value(path: DataPath): Position;
  /** Position of the key that introduces `path` (its last segment), or of the value when there is no key. */
  key(path: DataPath): Position;
}

export function createLocator(document: Document.Parsed, lineCounter: LineCounter): Locator {
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const start = { line: 1, column: 1 };
  return {
    value(path) {
      const found = walk(document, path);
      const offset = found.node?.range?.[0];
      return offset === undefined ? start : toPosition(offset);
    },
    key(path) {
      const found = walk(document, path);
      const keyNode = found.pair?.key as Node | undefined;
      const offset = keyNode?.range?.[0] ?? found.node?.range?.[0];
      return offset === undefined ? start : toPosition(offset);
    },
  };
}

/** Splits an ajv instancePath ("/sessions/0/label") into segments; array indexes become numbers. */
export function pathFromPointer(pointer: string): DataPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

interface Found {
  /** The deepest node reached along the path. */
  node?: Node;
  /** The map entry of the last segment, when the path ends in a key that exists. */
  pair?: Pair;
}

function walk(document: Document.Parsed, path: DataPath): Found {
  let node = document.contents as Node | null;
  let pair: Pair | undefined;
  for (const segment of path) {
    if (node && isAlias(node)) node = (node.resolve(document) as Node | undefined) ?? null;
    pair = undefined;
    let next: Node | null = null;
    if (node && isMap(node)) {
      pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment)) as
        | Pair
        | undefined;
      next = (pair?.value as Node | null | undefined) ?? null;
      if (pair && !next) return { node: (pair.key as Node) ?? node, pair };
    } else if (node && isSeq(node) && typeof segment === 'number') {
      next = (node.items[segment] as Node | undefined) ?? null;
    }
    if (!next) return { node: node ?? undefined };
    node = next;
  }
  return { node: node ?? undefined, pair };
}
