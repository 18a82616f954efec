// The name a file gets in a session's Joliet tree, the one Windows shows (it does not read Rock
// Ridge). Joliet allows at most 64 UCS-2 characters and none of * / : ; ? \ or control
// characters; each tool changes such a name its own way (checked against xorriso 1.5 and
// genisoimage 1.1.11 with isoinfo -J):
// - libisofs (xorriso), util.c iso_j_file_id / iso_j_dir_id: each character outside the Joliet
//   set becomes "_", one per character, also one outside the 16-bit range (an emoji); a file
//   name of more than 65 characters is cut to 64 plus the dot, keeping at least 3 characters
//   of its extension; a directory name is cut to 64.
// - genisoimage: "_" for the forbidden characters; the name ends before the first character
//   outside the 16-bit range; then it is cut to 64 UCS-2 units, extension or not.
// Two names of one folder that become the same are refused before the burn: genisoimage burns
// both under the same name (or refuses cut names), xorriso renames them with digits.

export type JolietTool = 'xorriso' | 'mkisofs';

/** The tools that may write a plan's Joliet names: the one its backend uses, or either with auto. */
const JOLIET_TOOLS = { auto: ['xorriso', 'mkisofs'], xorriso: ['xorriso'], cdrecord: ['mkisofs'] } as const;

export function jolietToolsOf(backend: keyof typeof JOLIET_TOOLS): readonly JolietTool[] {
  return JOLIET_TOOLS[backend];
}

export const JOLIET_MAX_CHARS = 64;

function forbidden(codePoint: number): boolean {
  return codePoint < 0x20 || '*/:;?\\'.includes(String.fromCodePoint(codePoint));
}

/** Neither a character outside the 16-bit range (a surrogate half) nor a forbidden one. */
const PLAIN_JOLIET = /^[^\x00-\x1f*/:;?\\\ud800-\udfff]*$/;

export function jolietName(name: string, directory: boolean, tool: JolietTool): string {
  // most names: both tools keep them as they are
  if (name.length <= JOLIET_MAX_CHARS && PLAIN_JOLIET.test(name)) return name;
  return tool === 'xorriso' ? libisofsName(name, directory) : genisoimageName(name);
}

function libisofsName(name: string, directory: boolean): string {
  const units = [...name].map((c) => {
    const code = c.codePointAt(0)!;
    return code > 0xffff || forbidden(code) ? '_' : c;
  });
  if (directory) return units.slice(0, JOLIET_MAX_CHARS).join('');
  const dot = units.lastIndexOf('.');
  if (dot === -1 || dot === units.length - 1) return units.slice(0, JOLIET_MAX_CHARS).join('');
  const base = units.slice(0, dot);
  const extension = units.slice(dot + 1);
  if (units.length <= JOLIET_MAX_CHARS + 1) return units.join('');
  const keptExtension = extension.length > 3 ? (base.length < JOLIET_MAX_CHARS - 3 ? JOLIET_MAX_CHARS - base.length : 3) : extension.length;
  return `${base.slice(0, JOLIET_MAX_CHARS - keptExtension).join('')}.${extension.slice(0, keptExtension).join('')}`;
}

function genisoimageName(name: string): string {
  let kept = '';
  for (const c of name) {
    const code = c.codePointAt(0)!;
    if (code > 0xffff) break;
    kept += forbidden(code) ? '_' : c;
  }
  return kept.slice(0, JOLIET_MAX_CHARS);
}

/** Every name either tool could give: what a collision check must consider. */
export function jolietNames(name: string, directory: boolean): string[] {
  const xorriso = jolietName(name, directory, 'xorriso');
  const mkisofs = jolietName(name, directory, 'mkisofs');
  return xorriso === mkisofs ? [xorriso] : [xorriso, mkisofs];
}
