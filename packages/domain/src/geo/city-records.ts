import { CityDataError } from './city';
import type {
  CityCapital,
  CitySource,
  NaturalEarthPlaceRecord,
  SimplemapsCityRecord,
} from './city';

/** A record of either list, read into one shape; the merge works on these. */
export interface SourcePlace {
  readonly source: CitySource;
  readonly name: string;
  readonly asciiName: string;
  readonly countryIso3: string;
  readonly province: string | null;
  readonly latitude: number;
  readonly longitude: number;
  /** Inhabitants, or null when the record gives none. */
  readonly population: number | null;
  readonly capital: CityCapital;
  readonly geonamesId: string | null;
  readonly wikidataId: string | null;
  readonly simplemapsId: string | null;
  /** Total order over places of one source, independent of input order. */
  readonly sortKey: string;
}

function coordinate(value: string, what: string): number {
  const n = Number(value.trim());
  if (value.trim() === '' || !Number.isFinite(n)) {
    throw new CityDataError(`${what} "${value}" is not a number`);
  }
  return n;
}

function positiveInteger(value: string): number | null {
  const n = Number(value.trim());
  return value.trim() !== '' && Number.isFinite(n) && n > 0 ? Math.round(n) : null;
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/**
 * Natural Earth writes lost Vietnamese letters in ADM1NAME as "?" ("Qu?ng Nam"): such a
 * province is unknown rather than wrong.
 */
function naturalEarthProvince(value: string): string | null {
  return value.includes('?') ? null : orNull(value);
}

/**
 * Natural Earth feature class → capital. "Admin-0 capital alt" (Putrajaya, Baguio) is neither a
 * national capital nor a provincial seat by that field, so it counts as none.
 */
function naturalEarthCapital(featureClass: string): CityCapital {
  if (featureClass === 'Admin-0 capital') return 'national';
  if (featureClass === 'Admin-1 capital') return 'provincial';
  return null;
}

function simplemapsCapital(capital: string): CityCapital {
  if (capital === 'primary') return 'national';
  if (capital === 'admin') return 'provincial';
  return null;
}

/**
 * Reads a Natural Earth populated place. Coordinates are rounded to 5 decimals (about 1 m):
 * the file's 11 decimals claim a precision no city centre has.
 * @throws CityDataError when a coordinate is not a number
 */
export function readNaturalEarthPlace(r: NaturalEarthPlaceRecord): SourcePlace {
  const latitude = coordinate(r.LATITUDE, `Natural Earth ${r.NAME} latitude`);
  const longitude = coordinate(r.LONGITUDE, `Natural Earth ${r.NAME} longitude`);
  const round = (n: number) => Math.round(n * 1e5) / 1e5;
  const geonames = positiveInteger(r.GEONAMEID);
  const name = r.NAME.trim();
  const asciiName = orNull(r.NAMEASCII) ?? name;
  return {
    source: 'natural-earth',
    name,
    asciiName,
    countryIso3: r.ADM0_A3.trim().toUpperCase(),
    province: naturalEarthProvince(r.ADM1NAME),
    latitude: round(latitude),
    longitude: round(longitude),
    population: positiveInteger(r.POP_MAX),
    capital: naturalEarthCapital(r.FEATURECLA.trim()),
    geonamesId: geonames === null ? null : String(geonames),
    wikidataId: orNull(r.wikidataid),
    simplemapsId: null,
    sortKey: [r.ADM0_A3, asciiName, r.ADM1NAME, latitude, longitude, r.GEONAMEID].join('|'),
  };
}

/**
 * Reads a simplemaps city.
 * @throws CityDataError when a coordinate is not a number
 */
export function readSimplemapsCity(r: SimplemapsCityRecord): SourcePlace {
  const name = r.city.trim();
  const asciiName = orNull(r.city_ascii) ?? name;
  return {
    source: 'simplemaps',
    name,
    asciiName,
    countryIso3: r.iso3.trim().toUpperCase(),
    province: orNull(r.admin_name),
    latitude: coordinate(r.lat, `simplemaps ${r.city} lat`),
    longitude: coordinate(r.lng, `simplemaps ${r.city} lng`),
    population: positiveInteger(r.population),
    capital: simplemapsCapital(r.capital.trim()),
    geonamesId: null,
    wikidataId: null,
    simplemapsId: orNull(r.id),
    sortKey: [r.iso3, asciiName, r.admin_name, r.lat, r.lng, r.id].join('|'),
  };
}
