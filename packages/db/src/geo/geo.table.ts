/** An ASEAN member state. */
export interface CountryTable {
  iso3: string;
  iso2: string;
  /** UN M49 numeric code. */
  m49: number;
  name: string;
  /** GeoJSON geometry (MultiPolygon or Polygon) as JSON text, Natural Earth 1:50m. */
  outline: string;
}

/** A city of the registry merged from Natural Earth and simplemaps, with programme fields. */
export interface CityTable {
  /** Random UUID. */
  id: string;
  /** Stable, URL-safe, unique. */
  slug: string;
  name: string;
  ascii_name: string;
  country_iso3: string;
  province: string | null;
  /** Degrees, WGS 84. */
  latitude: number;
  longitude: number;
  /** Inhabitants. */
  population: number | null;
  population_source: string | null;
  capital: 'national' | 'provincial' | null;
  /** Programme stage. */
  stage: 'none' | 'candidate' | 'model_city' | 'frontrunner';
  cohort: string | null;
  /** JSON array of goal numbers. */
  priority_goals: string;
  geonames_id: string | null;
  wikidata_id: string | null;
  simplemaps_id: string | null;
  /** JSON array of the registries the city came from. */
  sources: string;
  /** Lower-case, accent-free text searched by `q`. */
  search_text: string;
  /** ISO 8601 UTC. */
  created_at: string;
  updated_at: string;
}
