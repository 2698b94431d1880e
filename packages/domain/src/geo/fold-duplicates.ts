import type { SourcePlace } from './city-records';
import type { CityGroup } from './city-group';
import {
  closeTogether,
  compareText,
  groupRecords,
  primaryRecord,
  recordSimilarity,
} from './city-group';
import { haversineKm } from './distance';

/** Coordinates this close, in km, are one point written twice (4-decimal rounding is ~10 m). */
const SAME_POINT_KM = 0.1;

/**
 * A simplemaps record copied from a Natural Earth one: same point, same population, but often
 * another name — "Quảng Hà" is Natural Earth's Da Nang point with its population of 1,000,000,
 * "Makassar" is its "Ujungpandang", "Melaka" its "Malacca".
 */
function isEcho(a: SourcePlace, b: SourcePlace): boolean {
  return (
    a.source !== b.source &&
    a.population !== null &&
    a.population === b.population &&
    a.countryIso3 === b.countryIso3 &&
    haversineKm(a, b) <= SAME_POINT_KM
  );
}

function hasEcho(h: CityGroup, g: CityGroup): boolean {
  const others = groupRecords(h);
  return groupRecords(g).some((r) => others.some((o) => isEcho(r, o)));
}

/** The nearest kept group whose name normalises exactly like this one's, within the radius. */
function nameTwin(kept: readonly CityGroup[], g: CityGroup): CityGroup | undefined {
  const p = primaryRecord(g);
  return kept
    .map((h) => ({ h, distanceKm: closeTogether(primaryRecord(h), p) }))
    .filter(
      ({ h, distanceKm }) =>
        distanceKm !== undefined && recordSimilarity(primaryRecord(h), p) === 1,
    )
    .sort((a, b) => (a.distanceKm ?? 0) - (b.distanceKm ?? 0))[0]?.h;
}

const size = (g: CityGroup): number => g.simplemaps.length + g.naturalEarth.length;

/**
 * Folds what the name matching leaves twice into one city: a group joins an earlier one when
 * it echoes it (`isEcho`: a copied record under another name) or when both names normalise to
 * exactly the same text within the match radius — each list names a few cities twice (Natural
 * Earth "Bandar Lampung", simplemaps "Kon Tum", 2–4 km apart). Matched pairs come first, so a
 * folded record never names the city unless it is the only simplemaps one.
 * @returns the groups, fewer or as many, each a fresh copy
 */
export function foldDuplicates(groups: readonly CityGroup[]): CityGroup[] {
  const ordered = [...groups].sort(
    (a, b) => size(b) - size(a) || compareText(primaryRecord(a).sortKey, primaryRecord(b).sortKey),
  );
  const kept: CityGroup[] = [];
  for (const g of ordered) {
    const into = kept.find((h) => hasEcho(h, g)) ?? nameTwin(kept, g);
    if (into === undefined) {
      kept.push({ simplemaps: [...g.simplemaps], naturalEarth: [...g.naturalEarth] });
    } else {
      into.simplemaps.push(...g.simplemaps);
      into.naturalEarth.push(...g.naturalEarth);
    }
  }
  return kept;
}
