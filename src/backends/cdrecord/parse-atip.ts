// Parses the capacity from `cdrecord -atip` / `wodim -atip`. Pure. Format (cdrtools and cdrkit
// print_atip()): "  ATIP start of lead out: 359849 (79:59/74)"; the lead-out start of an empty
// CD-R is its capacity in sectors. Forums collapse the blanks, so any spacing is accepted.

export interface Atip {
  leadInStart?: number;
  leadOutStart?: number;
}

export function parseAtip(output: string): Atip {
  const leadIn = /ATIP start of lead in:\s*(-?\d+)/.exec(output);
  const leadOut = /ATIP start of lead out:\s*(-?\d+)/.exec(output);
  return {
    ...(leadIn ? { leadInStart: Number(leadIn[1]) } : {}),
    ...(leadOut ? { leadOutStart: Number(leadOut[1]) } : {}),
  };
}
