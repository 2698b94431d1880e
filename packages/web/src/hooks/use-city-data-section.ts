import { useMemo, useState } from 'react';
import type { Observation, Series } from '../api/observation-types.ts';
import type { City } from '../api/types.ts';
import { allowsOnCity } from '../lib/access.ts';
import { groupBySeries, type SeriesValues } from '../lib/series-data.ts';
import {
  useCityObservations,
  useCityTargets,
  useCountryObservations,
  useSeriesInfo,
} from './use-city-data.ts';
import { useSession } from './use-session.ts';

/** How the values show: a chart per series, or tables. */
export type DataDisplay = 'charts' | 'tables';

/** Everything the city page's data section shows. */
export interface CityDataSection {
  readonly observations: ReturnType<typeof useCityObservations>;
  readonly groups: readonly SeriesValues[];
  readonly seriesInfo: ReadonlyMap<string, Series>;
  /** The country's published values of the city's series. */
  readonly countryValues: readonly Observation[];
  readonly targets: ReturnType<typeof useCityTargets>['data'];
  readonly display: DataDisplay;
  readonly setDisplay: (display: DataDisplay) => void;
  /** The user may enter and import values for this city. */
  readonly canEdit: boolean;
}

/** A city's published values grouped by series, with what to compare them with. */
export function useCityDataSection(city: City): CityDataSection {
  const observations = useCityObservations(city.slug, 'public');
  const groups = useMemo(() => groupBySeries(observations.data?.items ?? []), [observations.data]);
  const codes = useMemo(() => groups.map((g) => g.series), [groups]);
  const seriesInfo = useSeriesInfo(codes);
  const country = useCountryObservations(city.country, codes);
  const targets = useCityTargets(city.slug);
  const session = useSession();
  const [display, setDisplay] = useState<DataDisplay>('charts');
  return {
    observations,
    groups,
    seriesInfo,
    countryValues: country.data ?? [],
    targets: targets.data,
    display,
    setDisplay,
    canEdit: allowsOnCity(session.data, 'observation.write', city),
  };
}
