import { disaggregationKey } from '@frontrunner/domain';
import type { ReviewQueueItem } from '../api/observation-types.ts';

/** The submitted values of one series of one city. */
export interface ReviewSeriesGroup {
  readonly series: string;
  /** Latest year first, headline first within a year. */
  readonly items: readonly ReviewQueueItem[];
}

/** The submitted values of one city, by series. */
export interface ReviewCityGroup {
  readonly city: string;
  readonly cityName: string;
  readonly series: readonly ReviewSeriesGroup[];
}

/**
 * Groups the review queue by city (by name) and series (by code), so a reviewer decides on a
 * city's series at once.
 */
export function groupReviewQueue(items: readonly ReviewQueueItem[]): ReviewCityGroup[] {
  const cities = new Map<string, { cityName: string; series: Map<string, ReviewQueueItem[]> }>();
  for (const item of items) {
    const city = cities.get(item.city) ?? { cityName: item.cityName, series: new Map() };
    city.series.set(item.series, [...(city.series.get(item.series) ?? []), item]);
    cities.set(item.city, city);
  }
  return [...cities.entries()]
    .sort(([, a], [, b]) => a.cityName.localeCompare(b.cityName))
    .map(([city, { cityName, series }]) => ({
      city,
      cityName,
      series: [...series.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([code, list]) => ({
          series: code,
          items: [...list].sort(
            (a, b) =>
              b.year - a.year ||
              disaggregationKey(a.disaggregation).localeCompare(
                disaggregationKey(b.disaggregation),
              ),
          ),
        })),
    }));
}
