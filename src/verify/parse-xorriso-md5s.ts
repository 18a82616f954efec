// The MD5s xorriso recorded when it burned, as `-find / -type f -exec get_md5` prints them:
//   3c605c21dcbb3829b630de343ef01e84  /a/one.bin
//   401b30e3b8b5d629635a5c613cdb7919  /c/we\040ird/it\047s.txt
// xorriso writes unusual bytes of a path as backslash and three octal digits. Pure.

/** Disc path → lower-case MD5 hex. Files without a recorded MD5 are not listed by xorriso. */
export function parseXorrisoMd5s(output: string): Map<string, string> {
  const md5s = new Map<string, string>();
  for (const line of output.split('\n')) {
    const match = /^([0-9a-f]{32}) {2}(\/.*)$/.exec(line);
    if (match) md5s.set(decodeOctalEscapes(match[2]!), match[1]!);
  }
  return md5s;
}

function decodeOctalEscapes(text: string): string {
  if (!text.includes('\\')) return text;
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const octal = /^\\([0-7]{3})/.exec(text.slice(i, i + 4));
    if (octal) {
      bytes.push(parseInt(octal[1]!, 8));
      i += 3;
    } else {
      bytes.push(...Buffer.from(text[i]!, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
