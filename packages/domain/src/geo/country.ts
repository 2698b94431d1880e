/** An ASEAN member state. */
export interface Country {
  /** ISO 3166-1 alpha-3, the key used everywhere else (`"KHM"`). */
  readonly iso3: string;
  /** ISO 3166-1 alpha-2 (`"KH"`). */
  readonly iso2: string;
  /** UN M49 numeric code (`116`). */
  readonly m49: number;
  /**
   * Short English name as the ASEAN Secretariat writes it: "Viet Nam" and "Brunei Darussalam"
   * as in UN usage, "Lao PDR" as ASEAN abbreviates it (UN: "Lao People's Democratic Republic").
   */
  readonly name: string;
}

/**
 * A country outline as a GeoJSON geometry: longitude/latitude in degrees (WGS 84), rings
 * closed, as Natural Earth publishes them.
 */
export type CountryOutline =
  | { readonly type: 'Polygon'; readonly coordinates: readonly (readonly number[][])[] }
  | { readonly type: 'MultiPolygon'; readonly coordinates: readonly (readonly number[][][])[] };

/** The ten ASEAN member states, in the alphabetical order ASEAN lists them. */
export const ASEAN_COUNTRIES: readonly Country[] = Object.freeze([
  { iso3: 'BRN', iso2: 'BN', m49: 96, name: 'Brunei Darussalam' },
  { iso3: 'KHM', iso2: 'KH', m49: 116, name: 'Cambodia' },
  { iso3: 'IDN', iso2: 'ID', m49: 360, name: 'Indonesia' },
  { iso3: 'LAO', iso2: 'LA', m49: 418, name: 'Lao PDR' },
  { iso3: 'MYS', iso2: 'MY', m49: 458, name: 'Malaysia' },
  { iso3: 'MMR', iso2: 'MM', m49: 104, name: 'Myanmar' },
  { iso3: 'PHL', iso2: 'PH', m49: 608, name: 'Philippines' },
  { iso3: 'SGP', iso2: 'SG', m49: 702, name: 'Singapore' },
  { iso3: 'THA', iso2: 'TH', m49: 764, name: 'Thailand' },
  { iso3: 'VNM', iso2: 'VN', m49: 704, name: 'Viet Nam' },
]);

/**
 * The ASEAN member state with this ISO alpha-3 code (any case), or undefined.
 * @example findCountry('vnm')?.name // 'Viet Nam'
 */
export function findCountry(iso3: string): Country | undefined {
  const code = iso3.trim().toUpperCase();
  return ASEAN_COUNTRIES.find((c) => c.iso3 === code);
}
