// First-fit decreasing: the largest unit first, each on the first disc it fits, a new disc when
// it fits none. Ties are broken by path, so the same tree always gives the same discs. Pure.
import { DiscLoad } from './disc-load.js';
import type { DiscLimits } from './split-model.js';
import type { Unit } from './split-units.js';

export function packUnits(units: readonly Unit[], limits: DiscLimits): DiscLoad[] {
  const empty = new DiscLoad(limits);
  const sized = units.map((unit) => ({ unit, sectors: empty.sectorsWith(unit).total }));
  sized.sort((a, b) => b.sectors - a.sectors || (a.unit.item.path < b.unit.item.path ? -1 : a.unit.item.path > b.unit.item.path ? 1 : 0));
  const discs: DiscLoad[] = [];
  for (const { unit } of sized) {
    let disc = discs.find((d) => d.fits(unit));
    if (!disc) {
      disc = new DiscLoad(limits);
      discs.push(disc);
    }
    disc.add(unit);
  }
  return discs;
}

/** A unit fits an empty disc. */
export function fitsEmptyDisc(limits: DiscLimits): (unit: Unit) => boolean {
  const empty = new DiscLoad(limits);
  return (unit) => empty.fits(unit);
}
