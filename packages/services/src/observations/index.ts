export { getCityArea, getCountryArea, areaOfRow, areaKey, type Area } from './area';
export type { ObservationView, SeriesView } from './observation-view';
export {
  listObservations,
  saveObservations,
  observationHistory,
  effectiveView,
  type ObservationEntry,
  type ObservationVersionView,
  type ObservationViewKind,
} from './observation.service';
export type { WriteSummary } from './observation-writer';
export { reviewObservations, type ReviewResult } from './review.service';
export { reviewQueueItems, type ReviewQueueItem } from './review-queue';
export { importObservations, type ImportOptions, type ImportResult } from './import.service';
export { exportRecords, exportAllPublic } from './export.service';
export { listSeries, getSeries } from './series.service';
export { listCityTargets, setCityTarget, type CityTargetView } from './city-target.service';
export {
  seedDemoObservations,
  demoSeries,
  DEMO_DATA_CITIES,
  DEMO_DATA_SOURCE,
} from './demo-observations.service';
