import { describe, expect, it } from 'vitest';
import { CaseIndex } from '../../../src/sources/case-twins.js';
import { SessionTree, type SessionEntry } from '../../../src/sources/replaced-entries.js';

/** The earlier sessions added in turn, then the later one asked about, as the lint does. */
function replacedEntries<T extends SessionEntry>(earlier: readonly (readonly SessionEntry[])[], later: readonly T[]) {
  const tree = new SessionTree();
  earlier.forEach((entries, session) => tree.add(entries, session));
  return tree.replacedBy(later);
}

function caseTwins<T extends SessionEntry>(earlier: readonly (readonly SessionEntry[])[], later: readonly T[]) {
  const index = new CaseIndex();
  earlier.forEach((entries, session) => index.add(entries, session));
  return index.twinsOf(later);
}

const file = (discPath: string): SessionEntry => ({ discPath, kind: 'file' });
const folder = (discPath: string): SessionEntry => ({ discPath, kind: 'directory' });
const summary = (found: ReturnType<typeof replacedEntries>) => found.map((r) => `${r.discPath} of session ${r.session + 1}: ${r.was} -> ${r.now}`);

describe('what a later session replaces', () => {
  it('names a file at a path an earlier session holds, with the latest session that holds it', () => {
    const earlier = [[folder('/'), file('/x.txt'), file('/keep.txt')], [file('/x.txt')]];
    expect(summary(replacedEntries(earlier, [folder('/'), file('/x.txt'), file('/new.txt')]))).toEqual(['/x.txt of session 2: file -> file']);
  });

  it('merges folders, however deep, and says nothing of them', () => {
    const earlier = [[folder('/photos'), folder('/photos/2024'), file('/photos/2024/a.jpg')]];
    expect(replacedEntries(earlier, [folder('/photos'), folder('/photos/2025'), file('/photos/2025/b.jpg'), file('/photos/2024/c.jpg')])).toEqual([]);
  });

  it('sees the folders a grafted file makes above it', () => {
    // the earlier session grafted /a/b/c.txt: /a and /a/b are folders there
    expect(summary(replacedEntries([[file('/a/b/c.txt')]], [file('/a/b')]))).toEqual(['/a/b of session 1: folder -> file']);
    // and a later graft below an earlier file turns that file into a folder
    expect(summary(replacedEntries([[file('/notes')]], [file('/notes/today.txt')]))).toEqual(['/notes of session 1: file -> folder']);
  });

  it('follows the tree as the last session left it: a folder that replaced a file is a folder', () => {
    const earlier = [[file('/x')], [folder('/x'), file('/x/in.txt')]];
    expect(summary(replacedEntries(earlier, [file('/x')]))).toEqual(['/x of session 2: folder -> file']);
  });

  it('names each path once and keeps the later entry it comes from', () => {
    const later = [{ ...file('/a/one'), entry: 0 }, { ...file('/a/two'), entry: 1 }];
    const found = replacedEntries([[file('/a')]], later);
    expect(found).toHaveLength(1);
    expect(found[0]!.entry.entry).toBe(0);
  });

  it('replaces nothing on the first session', () => {
    expect(replacedEntries([], [file('/x')])).toEqual([]);
  });
});

describe('names a later session holds in another case', () => {
  it('finds the top-most path that differs only in case, once', () => {
    const earlier = [[folder('/Photos'), file('/Photos/a.jpg'), file('/notes.txt')]];
    const found = caseTwins(earlier, [folder('/photos'), file('/photos/b.jpg'), file('/photos/c.jpg'), file('/Notes.TXT'), file('/Photos/d.jpg')]);
    expect(found.map((t) => `${t.discPath} ~ ${t.twin} of session ${t.session + 1}`)).toEqual(['/photos ~ /Photos of session 1', '/Notes.TXT ~ /notes.txt of session 1']);
  });

  it('says nothing of paths in the same case', () => {
    expect(caseTwins([[file('/a/B.txt')]], [file('/a/B.txt'), file('/a/c.txt')])).toEqual([]);
  });
});
