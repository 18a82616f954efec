// Reads every other directory tree a session has (Joliet, plain ISO 9660 names) with burnplan's
// own decoder and compares each with the tree verify checks, so that a record pointing at wrong
// data is found in whichever tree a reader opens: Windows reads Joliet only, and xorriso's
// session checksum does not cover the Joliet directories. A record whose data lies elsewhere is
// read and hashed with its primary twin: only different bytes are a finding.
import type { DiscSession } from '../disc/disc-model.js';
import { IsoReadError } from '../disc/iso9660/iso-read-error.js';
import { readSessionFiles, type DirectoryTree, type SessionFileList } from '../disc/iso9660/read-directory-tree.js';
import { compareTreesAfter, type AgreedPairs, type DataAt, type TreeMismatch } from './compare-trees.js';
import { readBackFiles, type FileToRead } from './read-back.js';
import { TREE_NAMES } from './tree-names.js';

/** One disagreement between trees: "Joliet tree: /a.txt points at …". */
export interface TreeFinding {
  tree: DirectoryTree;
  path: string;
  problem: string;
}

/**
 * What the trees of the session checked last agreed on, tree by tree, for the session checked
 * next: one per run that checks a disc's sessions in turn.
 */
export class AgreedTrees {
  readonly byTree = new Map<DirectoryTree, AgreedPairs>();
}

export async function checkOtherTrees(image: string, session: Pick<DiscSession, 'startLba' | 'filesystem'>, primary: SessionFileList, agreedBefore = new AgreedTrees()): Promise<TreeFinding[]> {
  const has: Record<DirectoryTree, boolean> = { 'rock-ridge': session.filesystem?.rockRidge === true, joliet: session.filesystem?.joliet === true, iso: true };
  const findings: TreeFinding[] = [];
  for (const tree of (['rock-ridge', 'joliet', 'iso'] as const).filter((t) => has[t] && t !== primary.tree)) {
    let other: SessionFileList;
    try {
      other = await readSessionFiles(image, session.startLba, { tree });
    } catch (error) {
      if (!(error instanceof IsoReadError)) throw error;
      findings.push({ tree, path: '/', problem: `cannot be read: ${error.message}` });
      continue;
    }
    const compared = compareTreesAfter(primary, other, agreedBefore.byTree.get(tree) ?? new Map());
    agreedBefore.byTree.set(tree, compared.agreed);
    const mismatches = await withoutCopies(image, compared.mismatches, primary, other);
    findings.push(...mismatches.map((m) => findingOf(m, primary.tree)));
  }
  return findings;
}

/** The records whose data lies elsewhere but whose bytes are the same are no finding. */
async function withoutCopies(image: string, mismatches: TreeMismatch[], primary: SessionFileList, other: SessionFileList): Promise<TreeMismatch[]> {
  const elsewhere = mismatches.filter((m) => m.kind === 'different-data' && m.at.size === m.primaryAt.size && m.at.size > 0);
  if (elsewhere.length === 0) return mismatches;
  const byPath = new Map(primary.files.map((f) => [f.path, f]));
  const otherByPath = new Map(other.files.map((f) => [f.path, f]));
  const toRead: FileToRead[] = [];
  for (const m of elsewhere) {
    if (m.kind !== 'different-data') continue;
    const twin = byPath.get(m.primaryPath)!;
    toRead.push({ path: `primary:${m.primaryPath}`, size: twin.size, extents: twin.extents }, { path: `other:${m.path}`, size: m.at.size, extents: otherByPath.get(m.path)!.extents });
  }
  const digests = new Map((await readBackFiles(image, toRead, 'sha256', () => {})).map((d) => [d.path, 'hex' in d ? d.hex : undefined]));
  return mismatches.filter((m) => {
    if (m.kind !== 'different-data' || !elsewhere.includes(m)) return true;
    const hex = digests.get(`other:${m.path}`);
    return hex === undefined || hex !== digests.get(`primary:${m.primaryPath}`);
  });
}

function findingOf(m: TreeMismatch, primaryTree: DirectoryTree): TreeFinding {
  const primaryName = TREE_NAMES[primaryTree];
  if (m.kind === 'missing') return { tree: m.tree, path: m.primaryPath, problem: `is missing (${primaryName} has it)` };
  if (m.kind === 'extra') {
    const data = m.dataOf !== undefined ? `it points at the data of ${m.dataOf}` : m.at.size > 0 ? `its data (${where(m.at)}) is covered by no checksum` : 'an empty file';
    return { tree: m.tree, path: m.path, problem: `is in no other tree: ${data}` };
  }
  const whose = m.dataOf !== undefined ? `, the data of ${m.dataOf}` : '';
  return { tree: m.tree, path: m.path, problem: `points at ${where(m.at)}${whose}; ${primaryName} ${m.primaryPath} at ${where(m.primaryAt)}` };
}

function where(at: DataAt): string {
  return at.lba === undefined ? 'no data (0 bytes)' : `LBA ${at.lba} (${at.size} bytes)`;
}

export function treeFindingText(f: TreeFinding): string {
  return `${TREE_NAMES[f.tree]} tree: ${f.path} ${f.problem}`;
}
