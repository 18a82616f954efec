// The columns a terminal gives a string. string-width knows wide and zero-width characters and
// emoji, but loading it costs 45–70 ms (its Intl.Segmenter and Unicode property regexes are built
// when the module loads), a quarter of a `status`. Printable ASCII, almost every table burnplan
// prints, is one column a character, so the library is loaded only for a string that is not.
import { createRequire } from 'node:module';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

let fullWidth: ((text: string) => number) | undefined;

export function textWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  fullWidth ??= loadStringWidth();
  return fullWidth(text);
}

/** Node 20.19+ and 22.12+ require() an ES module that has no top-level await. */
function loadStringWidth(): (text: string) => number {
  const requireModule = createRequire(import.meta.url);
  return (requireModule('string-width') as { default: (text: string) => number }).default;
}
