import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogPathFor, readCatalog, updateCatalog } from '../../../src/catalog/catalog-file.js';
import { formatCatalog } from '../../../src/catalog/catalog-json.js';
import { embeddedCatalogTexts } from '../../../src/catalog/embedded-catalog.js';
import { emptyCatalog, mergeSession } from '../../../src/catalog/catalog-model.js';
import { plan as planOf } from '../../helpers/builders.js';
import { tempDir } from '../../helpers/temp-dir.js';

const record = (number: number, copy: number) => ({ discId: 'archive', number, label: `S${number}`, fingerprint: `F${number}`, copy: { copy, verified: true }, files: [{ path: `/f${number}`, size: number }] });

describe('the catalog file', () => {
  it('lies beside the plan, named after it', () => {
    expect(catalogPathFor('plans/archive.yaml')).toBe(path.join('plans', 'archive.catalog.json'));
    expect(catalogPathFor('/a/b.yml')).toBe('/a/b.catalog.json');
  });

  it('is empty when absent; a broken one is one line naming the file and the field', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'x.catalog.json');
    expect(await readCatalog(file)).toEqual(emptyCatalog());
    await writeFile(file, '{"format":"burnplan-catalog/1","discs":[{"id":"a","sessions":[],"extra":1}]}');
    await expect(readCatalog(file)).rejects.toThrow(`${file}: not a valid burnplan catalog: at /discs/0 must NOT have additional properties (extra)`);
    await writeFile(file, '{"format":"burnplan-catalog/9","discs":[]}');
    await expect(readCatalog(file)).rejects.toThrow(`${file}: not a burnplan catalog of this burnplan (its format must be "burnplan-catalog/1")`);
    await writeFile(file, '{"format":');
    await expect(readCatalog(file)).rejects.toThrow(/^\S+x\.catalog\.json: not a burnplan catalog \(/);
  });

  it('takes changes made at once one after the other: none is lost, the result is the same bytes as in order', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'x.catalog.json');
    const records = [record(1, 1), record(1, 2), record(2, 1), record(2, 2), record(3, 1)];
    await Promise.all(records.map((r) => updateCatalog(file, (c) => mergeSession(c, r))));
    const ordered = records.reduce((c, r) => mergeSession(c, r), emptyCatalog());
    expect(await readCatalog(file)).toEqual(ordered);
    const bytes = await readFile(file, 'utf8');
    await updateCatalog(file, (c) => c);
    expect(await readFile(file, 'utf8')).toBe(bytes);
  });
});

describe('the catalog a session carries', () => {
  it('is the catalog as it stands plus this apply\'s sessions up to that one, planned and not verified', () => {
    const plan = planOf(['One', 'Two']);
    const manifest = (discPath: string) => ({ entries: [{ discPath, sourcePath: '/x', kind: 'file' as const, size: 3, mtimeMs: 0 }, { discPath: '/d', sourcePath: '/d', kind: 'directory' as const, size: 0, mtimeMs: 0 }] });
    const base = mergeSession(emptyCatalog(), { ...record(1, 2), discId: plan.disc.id, label: 'One', fingerprint: 'F1' });
    const texts = embeddedCatalogTexts({ base, plan, fingerprints: ['F1', 'F2'], manifests: [manifest('/one'), manifest('/two')] as never, from: 0, copy: 1 });
    const first = JSON.parse(texts.get(0)!);
    expect(first.discs[0].sessions).toEqual([{ number: 1, label: 'One', fingerprint: 'F1', copies: [{ copy: 1, verified: false }, { copy: 2, verified: true }], files: [{ path: '/f1', size: 1 }] }]);
    const second = JSON.parse(texts.get(1)!);
    expect(second.discs[0].sessions[1]).toEqual({ number: 2, label: 'Two', fingerprint: 'F2', copies: [{ copy: 1, verified: false }], files: [{ path: '/two', size: 3 }] });
  });

  // the text of the sessions before each one is made once: each text is still the whole catalog
  it('gives each session the catalog as written afresh, a session of unsorted files and an earlier copy among them', () => {
    const labels = ['One', 'Two', 'Three', 'Four'];
    const plan = planOf(labels);
    const manifest = (n: number) => ({ entries: [`/s${n}/z`, `/s${n}/\u00e9`, `/s${n}/a`].map((discPath) => ({ discPath, sourcePath: '/x', kind: 'file' as const, size: n, mtimeMs: 0 })) });
    const base = mergeSession(emptyCatalog(), { ...record(2, 2), discId: plan.disc.id, label: 'Two', fingerprint: 'F2' });
    const fingerprints = labels.map((_, i) => `F${i + 1}`);
    const texts = embeddedCatalogTexts({ base, plan, fingerprints, manifests: labels.map((_, i) => manifest(i + 1)) as never, from: 0, copy: 1 });
    let fresh = base;
    labels.forEach((label, i) => {
      const files = manifest(i + 1).entries.map((e) => ({ path: e.discPath, size: e.size }));
      fresh = mergeSession(fresh, { discId: plan.disc.id, number: i + 1, label, fingerprint: fingerprints[i]!, copy: { copy: 1, verified: false }, files });
      expect(texts.get(i)).toBe(formatCatalog(fresh));
    });
    expect(JSON.parse(texts.get(3)!).discs[0].sessions[3].files.map((f: { path: string }) => f.path)).toEqual(['/s4/a', '/s4/z', '/s4/\u00e9']);
  });
});
