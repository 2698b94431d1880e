import { lazy } from 'react';

/** The cities map, fetched with Leaflet on first use so pages render before the map code. */
export const LazyCitiesMap = lazy(() =>
  import('./CitiesMap.tsx').then((module) => ({ default: module.CitiesMap })),
);

/** A city's location map, fetched with Leaflet on first use. */
export const LazyCityLocationMap = lazy(() =>
  import('./CityLocationMap.tsx').then((module) => ({ default: module.CityLocationMap })),
);
