// The catalog as text: JSON with a fixed key order and one file per line, so that two writes of
// the same catalog are the same bytes and a git diff shows the files that changed, line by line.
// Pure (the schema check is in catalog-file.ts).
import type { Catalog, CatalogCopy, CatalogFile, CatalogSession } from './catalog-model.js';

export function formatCatalog(catalog: Catalog, texts?: SessionTexts): string {
  const lines = ['{', `  "format": ${JSON.stringify(catalog.format)},`];
  if (catalog.discs.length === 0) lines.push('  "discs": []');
  else {
    lines.push('  "discs": [');
    catalog.discs.forEach((disc, d) => {
      lines.push('    {', `      "id": ${JSON.stringify(disc.id)},`, '      "sessions": [');
      disc.sessions.forEach((session, s) => lines.push(sessionLines(session, s === disc.sessions.length - 1, texts)));
      lines.push('      ]', `    }${d === catalog.discs.length - 1 ? '' : ','}`);
    });
    lines.push('  ]');
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/**
 * Session → its text, for a caller that writes one catalog after another, each holding the
 * sessions of the one before unchanged (the same objects, never altered in between).
 */
export type SessionTexts = WeakMap<CatalogSession, string>;

/** The session's lines as one block of text (the catalog joins its blocks by newlines). */
function sessionLines(session: CatalogSession, last: boolean, texts: SessionTexts | undefined): string {
  let body = texts?.get(session);
  if (body === undefined) {
    body = sessionBody(session).join('\n');
    texts?.set(session, body);
  }
  return `${body}\n        }${last ? '' : ','}`;
}

function sessionBody(session: CatalogSession): string[] {
  const head = `"number": ${session.number}, "label": ${JSON.stringify(session.label)}, "fingerprint": ${JSON.stringify(session.fingerprint)}`;
  const copies = session.copies.map(copyJson).join(', ');
  const lines = ['        {', `          ${head},`, `          "copies": [${copies}],`];
  if (session.files.length === 0) lines.push('          "files": []');
  else {
    lines.push('          "files": [');
    session.files.forEach((file, i) => lines.push(`            ${fileJson(file)}${i === session.files.length - 1 ? '' : ','}`));
    lines.push('          ]');
  }
  return lines;
}

function copyJson(copy: CatalogCopy): string {
  return JSON.stringify({ copy: copy.copy, ...(copy.startLba === undefined ? {} : { startLba: copy.startLba }), verified: copy.verified });
}

function fileJson(file: CatalogFile): string {
  return JSON.stringify({
    path: file.path,
    size: file.size,
    ...(file.md5 === undefined ? {} : { md5: file.md5 }),
    ...(file.sha256 === undefined ? {} : { sha256: file.sha256 }),
    ...(file.lba === undefined ? {} : { lba: file.lba }),
  });
}
