// The checksums burnplan records inside a session burned through the cdrecord family (whose
// tools record none): one file per session, /.burnplan/session-NN.sha256, in the format of GNU
// sha256sum, so that a mounted disc can also be checked without burnplan:
//   cd /media/cdrom && sha256sum -c .burnplan/session-02.sha256
// Its size is known before any file is hashed (every line has 64 hex digits), so that the image
// can be measured with a placeholder and burned with the real checksums at the same size. A
// placeholder burned by hand (from diff's printed commands) reads as "checksums not recorded".

export const CHECKSUM_ALGORITHM = 'sha256';
const HEX_DIGITS = 64;
const PLACEHOLDER = '-'.repeat(HEX_DIGITS);

export interface ChecksumLine {
  /** Absolute path on the disc ("/photos/a.jpg"). */
  discPath: string;
  hex: string;
}

/** Where session `number` (1-based) keeps its checksums on the disc. */
export function manifestDiscPath(number: number): string {
  return `/.burnplan/session-${String(number).padStart(2, '0')}.sha256`;
}

export function isManifestDiscPath(discPath: string): boolean {
  return /^\/\.burnplan\/session-\d{2,}\.sha256$/.test(discPath);
}

export function formatManifest(lines: readonly ChecksumLine[]): string {
  return [...lines]
    .sort((a, b) => (a.discPath < b.discPath ? -1 : a.discPath > b.discPath ? 1 : 0))
    .map(formatLine)
    .join('');
}

/** The manifest without checksums (dashes in their place): the real one has exactly its size. */
export function placeholderManifest(discPaths: readonly string[]): string {
  return formatManifest(discPaths.map((discPath) => ({ discPath, hex: PLACEHOLDER })));
}

// GNU coreutils: a name holding a backslash or a newline is escaped, and its line starts with "\".
function formatLine({ discPath, hex }: ChecksumLine): string {
  const relative = discPath.replace(/^\/+/, '');
  const escaped = relative.replaceAll('\\', '\\\\').replaceAll('\n', '\\n').replaceAll('\r', '\\r');
  return `${escaped === relative ? '' : '\\'}${hex}  ${escaped}\n`;
}

export type ManifestParse = {
  checksums: Map<string, string>;
  /** Files listed without a checksum (a placeholder manifest). */
  unrecorded: string[];
  problems: string[];
};

/** Disc path → lower-case hex digest. Lines that are not checksum lines are reported, not guessed. */
export function parseManifest(text: string): ManifestParse {
  const checksums = new Map<string, string>();
  const problems: string[] = [];
  const unrecorded: string[] = [];
  text.split('\n').forEach((raw, i) => {
    if (raw === '') return;
    const escaped = raw.startsWith('\\');
    const match = /^([0-9a-fA-F]{64}|-{64}) [ *](.+)$/.exec(escaped ? raw.slice(1) : raw);
    if (!match) {
      problems.push(`line ${i + 1} is not a checksum line`);
      return;
    }
    const name = escaped ? unescapeName(match[2]!) : match[2]!;
    const discPath = `/${name.replace(/^\.?\/+/, '')}`;
    if (match[1] === PLACEHOLDER) unrecorded.push(discPath);
    else checksums.set(discPath, match[1]!.toLowerCase());
  });
  return { checksums, unrecorded, problems };
}

function unescapeName(name: string): string {
  return name.replace(/\\(.)/g, (_all, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : c));
}
