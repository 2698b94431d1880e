export * as frameworkService from './framework/framework.service';
export type {
  GoalView,
  GoalDetailView,
  TargetView,
  IndicatorView,
} from './framework/framework.service';
export * as geoService from './geo/geo.service';
export type { CityView, CountryView, CityStage, FeatureCollection } from './geo/geo.service';
