import { DomainError } from '../errors';

/** The lists a city registry is merged from. */
export type CitySource = 'natural-earth' | 'simplemaps';

/**
 * Whether a city is a seat of government: `national` (capital of its country), `provincial`
 * (seat of a first-level region: province, state, region) or null.
 */
export type CityCapital = 'national' | 'provincial' | null;

/** A city of the registry, merged from Natural Earth and simplemaps. */
export interface City {
  /** Stable URL key: lowercase a–z, 0–9 and hyphens, unique in the registry (`"phnom-penh"`). */
  readonly slug: string;
  /** Name as the source writes it, with diacritics (`"Đà Nẵng"`). */
  readonly name: string;
  /** The same name in plain ASCII (`"Da Nang"`). */
  readonly asciiName: string;
  /** ISO alpha-3 code of the country. */
  readonly countryIso3: string;
  /** First-level region (province, state, region), or null when unknown. */
  readonly province: string | null;
  /** Degrees north, WGS 84. */
  readonly latitude: number;
  /** Degrees east, WGS 84. */
  readonly longitude: number;
  /** Inhabitants, or null when neither source gives a figure. */
  readonly population: number | null;
  /** Where `population` comes from (simplemaps `population`, else Natural Earth `POP_MAX`). */
  readonly populationSource: CitySource | null;
  readonly capital: CityCapital;
  /** GeoNames feature id as an integer string (`"1821306"`), from Natural Earth. */
  readonly geonamesId: string | null;
  /** Wikidata item (`"Q1850"`), from Natural Earth. */
  readonly wikidataId: string | null;
  /** simplemaps World Cities id (`"1116260534"`). */
  readonly simplemapsId: string | null;
  /** The lists the city was found in, sorted. */
  readonly sources: readonly CitySource[];
}

/** One row of the Natural Earth populated places CSV (the columns used), parsed, not cleaned. */
export interface NaturalEarthPlaceRecord {
  readonly NAME: string;
  readonly NAMEASCII: string;
  readonly ADM0_A3: string;
  readonly ADM1NAME: string;
  /** `Admin-0 capital`, `Admin-0 capital alt`, `Admin-1 capital`, `Populated place`. */
  readonly FEATURECLA: string;
  readonly LATITUDE: string;
  readonly LONGITUDE: string;
  /** Largest population estimate, inhabitants. */
  readonly POP_MAX: string;
  /** GeoNames id as a float string (`"1821306.0"`); `-1.0` when missing. */
  readonly GEONAMEID: string;
  readonly wikidataid: string;
}

/** One row of the simplemaps World Cities Basic CSV (the columns used), parsed, not cleaned. */
export interface SimplemapsCityRecord {
  readonly city: string;
  readonly city_ascii: string;
  readonly lat: string;
  readonly lng: string;
  readonly iso3: string;
  readonly admin_name: string;
  /** `primary` (national), `admin` (first-level), `minor` or empty. */
  readonly capital: string;
  /** Inhabitants; empty when unknown. */
  readonly population: string;
  readonly id: string;
}

/** Thrown when a city record cannot be read (a coordinate that is not a number). */
export class CityDataError extends DomainError {
  /** @param detail what is wrong, naming the offending record */
  constructor(readonly detail: string) {
    super(`Invalid city data: ${detail}`, { detail });
  }
}
