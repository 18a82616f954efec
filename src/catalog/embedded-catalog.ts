// The catalog each session carries (/.burnplan/catalog.json), so that any one disc tells the
// whole set: the catalog beside the plan as it stands when the diff is prepared, plus this
// apply's sessions up to that one (their files as planned: path and size, not yet read back).
// It is written in full before the session is measured, so what is measured is what is burned;
// the session's fingerprint is of the plan's files only, so it never changes it. Its file on
// this computer is named by the session, the device and its own content: a diff run while an
// apply burns writes its own file, never the one being burned.
import { createHash } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { localManifestPaths, ownPrivateFolder } from '../checksums/local-manifest.js';
import { errnoWords } from '../core/errno-words.js';
import { UserError } from '../errors.js';
import type { Plan } from '../plan/plan-model.js';
import type { SessionManifest } from '../sources/session-manifest.js';
import { formatCatalog, type SessionTexts } from './catalog-json.js';
import { EMBEDDED_CATALOG_PATH, mergeSession, type Catalog } from './catalog-model.js';

export interface EmbeddedCatalog {
  /** The file on this computer, grafted into the session. */
  localPath: string;
  /** Where it lands on the disc. */
  target: string;
}

export interface EmbeddedInputs {
  base: Catalog;
  plan: Plan;
  fingerprints: readonly string[];
  manifests: readonly SessionManifest[];
  /** Index of the first session still to burn. */
  from: number;
  copy: number;
}

/** Session index → the catalog text it carries, for each session still to burn. Pure. */
export function embeddedCatalogTexts(inputs: EmbeddedInputs): Map<number, string> {
  const { plan, fingerprints, manifests, copy } = inputs;
  const texts = new Map<number, string>();
  // each merge leaves the sessions before it as they were: their text is made once
  const sessionTexts: SessionTexts = new WeakMap();
  let catalog = inputs.base;
  for (let i = inputs.from; i < plan.sessions.length; i++) {
    const files = manifests[i]!.entries.filter((e) => e.kind === 'file').map((e) => ({ path: e.discPath, size: e.size }));
    catalog = mergeSession(catalog, { discId: plan.disc.id, number: i + 1, label: plan.sessions[i]!.label, fingerprint: fingerprints[i]!, copy: { copy, verified: false }, files }, inputs.base.discs.map((d) => d.id));
    texts.set(i, formatCatalog(catalog, sessionTexts));
  }
  return texts;
}

/** Writes each text to its file on this computer; session index → where it is and lands. */
export async function writeEmbeddedCatalogs(texts: ReadonlyMap<number, string>, fingerprints: readonly string[], device: string): Promise<Map<number, EmbeddedCatalog>> {
  const written = new Map<number, EmbeddedCatalog>();
  const names = localManifestPaths(device);
  for (const [index, text] of texts) {
    const tag = createHash('sha256').update(text).digest('hex').slice(0, 12);
    const localPath = names(fingerprints[index]!, index + 1).replace(/\.sha256$/, `-${tag}.catalog.json`);
    await ownPrivateFolder(path.dirname(localPath));
    await writeFile(localPath, text, { mode: 0o600 }).catch((error: unknown) => {
      throw new UserError(`cannot write the session's catalog file ${localPath}: ${errnoWords(error)} (set TMPDIR to a folder you can write to)`);
    });
    written.set(index, { localPath, target: EMBEDDED_CATALOG_PATH });
  }
  return written;
}

export async function removeEmbeddedCatalog(catalog: EmbeddedCatalog): Promise<void> {
  await rm(catalog.localPath, { force: true });
}
