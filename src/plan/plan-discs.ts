// A plan file holds one disc (`disc` + `sessions`) or a set (`discs`). Each disc is seen in the
// one-disc form, so that the resolver and every lint rule read a set's disc as they read a
// one-disc plan; `inFile` takes a path of that form back to where it is written in the file.
import type { PlanDocument, PlanFileDocument } from './plan-schema.js';
import type { DataPath, Locator } from './yaml-locate.js';

export interface DiscPart {
  document: PlanDocument;
  /** Where a path of the one-disc form (['disc', 'id'], ['sessions', 0, 'label']) lies in the file. */
  inFile(path: DataPath): DataPath;
}

export function discParts(file: PlanFileDocument): DiscPart[] {
  if (file.discs === undefined) return [{ document: file as PlanDocument, inFile: (path) => path }];
  return file.discs.map((item, i) => {
    const { sessions, finalize, eject, copies, ...disc } = item;
    const document: PlanDocument = {
      version: file.version,
      disc,
      defaults: file.defaults,
      sessions,
      finalize: finalize ?? file.finalize,
      eject: eject ?? file.eject,
      copies: copies ?? file.copies,
    };
    const inFile = (path: DataPath): DataPath => {
      const [head, ...rest] = path;
      if (head === 'disc') return ['discs', i, ...rest];
      if (head === 'sessions') return ['discs', i, 'sessions', ...rest];
      // a disc's own finalize, eject or copies, else the plan's that it takes
      if ((head === 'finalize' && finalize !== undefined) || (head === 'eject' && eject !== undefined) || (head === 'copies' && copies !== undefined)) return ['discs', i, head, ...rest];
      return path;
    };
    return { document, inFile };
  });
}

/** The file's locator, as seen by the rules of one disc. */
export function locatorOf(part: DiscPart, locate: Locator): Locator {
  return {
    value: (path) => locate.value(part.inFile(path)),
    key: (path) => locate.key(part.inFile(path)),
  };
}
