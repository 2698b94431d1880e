/**
 * Shapes of the Frontrunner API v1 as the web app reads them.
 *
 * They mirror the contract the server presents (`packages/server/src/routes/*`); once the
 * server's schemas land, these can become type-only imports of them.
 */
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

/** A list response without paging. */
export interface ItemList<T> {
  readonly items: readonly T[];
}

/** A list response with paging; `total` counts every match, not just this page. */
export interface Page<T> extends ItemList<T> {
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

/** One of the 17 Sustainable Development Goals, titles in the requested language. */
export interface Goal {
  /** 1–17 */
  readonly number: number;
  readonly code: string;
  readonly title: string;
  readonly shortTitle: string;
  /** The official UN colour of the goal, `#RRGGBB`. */
  readonly colour: string;
  readonly targetCount: number;
  readonly indicatorCount: number;
}

/** Where an indicator is listed: a target and the indicator's number under it. */
export interface IndicatorLink {
  /** Target code, e.g. `11.5`. */
  readonly target: string;
  /** The indicator's number under that target, e.g. `11.5.1`. */
  readonly code: string;
}

/** An indicator as listed under one target of a goal. */
export interface GoalIndicator {
  /** UNSD code, stable across renumbering, e.g. `C200303`. */
  readonly id: string;
  /** First listed number, e.g. `1.5.1`. */
  readonly code: string;
  readonly title: string;
  /** Codes of every target the indicator is listed under. */
  readonly targets: readonly string[];
  /** Every target it is listed under, with its number there. */
  readonly links: readonly IndicatorLink[];
  /** Its number under this target, e.g. `11.5.1`. */
  readonly listedAs: string;
  /** Its numbers under the other targets, e.g. `["1.5.1", "13.1.1"]`. */
  readonly alsoUnder: readonly string[];
}

/** A target of a goal with its indicators. */
export interface GoalTarget {
  /** e.g. `11.6` or `11.a` */
  readonly code: string;
  /** Goal number, 1–17. */
  readonly goal: number;
  readonly title: string;
  readonly indicatorCount: number;
  readonly indicators: readonly GoalIndicator[];
}

/** A goal with its targets and their indicators. */
export interface GoalDetail extends Goal {
  readonly targets: readonly GoalTarget[];
}

/** An ASEAN member state. */
export interface Country {
  readonly iso3: string;
  readonly iso2: string;
  readonly m49: number;
  readonly name: string;
  readonly cityCount: number;
}

/** Where a city stands in the programme. */
export type CityStage = 'none' | 'candidate' | 'model_city' | 'frontrunner';

/** Every programme stage, in programme order. */
export const cityStages: readonly CityStage[] = ['none', 'candidate', 'model_city', 'frontrunner'];

/** Whether the city is a national or a provincial capital. */
export type CapitalKind = 'national' | 'provincial';

/** Which published dataset a city's population figure comes from. */
export type PopulationSource = 'simplemaps' | 'natural-earth' | (string & {});

/** A city's public profile. */
export interface City {
  readonly slug: string;
  readonly name: string;
  readonly asciiName: string;
  /** ISO 3166-1 alpha-3 code of the country. */
  readonly country: string;
  readonly countryName: string;
  readonly province: string | null;
  /** Decimal degrees, WGS 84. */
  readonly latitude: number;
  /** Decimal degrees, WGS 84. */
  readonly longitude: number;
  /** Inhabitants. */
  readonly population: number | null;
  readonly populationSource: PopulationSource | null;
  readonly capital: CapitalKind | null;
  readonly stage: CityStage;
  readonly cohort: string | null;
  /** Goal numbers, 1–17. */
  readonly priorityGoals: readonly number[];
  readonly geonamesId: string | null;
  readonly wikidataId: string | null;
  readonly sources: readonly string[];
}

/** Properties of one city point on the map. */
export interface CityPointProperties {
  readonly slug: string;
  readonly name: string;
  readonly country: string;
  readonly population: number | null;
  readonly stage: CityStage;
}

/** City locations as GeoJSON points. */
export type CityPoints = FeatureCollection<Point, CityPointProperties>;

/** Properties of one country outline. */
export interface CountryOutlineProperties {
  readonly iso3: string;
  readonly name: string;
}

/** Country outlines (Natural Earth) as GeoJSON polygons. */
export type CountryOutlines = FeatureCollection<Polygon | MultiPolygon, CountryOutlineProperties>;
