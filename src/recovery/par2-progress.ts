// What par2 create tells on stdout without -q: its progress and what it found. Pure.
// par2cmdline 0.8.1 writes "Processing: 12.3%\r" while it computes the recovery slices (the long
// part: it reads every source slice once), from several threads, so a figure can come out of
// order; the hashing of files it may do first prints a bare "12.3%\r" per file and is not counted.
const PROCESSING = /Processing: (\d{1,3}\.\d)%/g;

/** The highest "Processing: N%" in `text` as a fraction from 0 to 1, or undefined when none. */
export function par2ProcessingFraction(text: string): number | undefined {
  let highest: number | undefined;
  for (const match of text.matchAll(PROCESSING)) {
    const fraction = Math.min(1, Number(match[1]) / 100);
    if (highest === undefined || fraction > highest) highest = fraction;
  }
  return highest;
}

const SOURCE_COUNTS = /Source file count: (\d+)\s+Source block count: (\d+)/;

/** The files and slices par2 found, from the summary it prints before it starts. */
export function par2SourceCounts(text: string): { files: number; blocks: number } | undefined {
  const match = SOURCE_COUNTS.exec(text);
  return match ? { files: Number(match[1]), blocks: Number(match[2]) } : undefined;
}
