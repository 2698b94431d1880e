import type {
  GoalTable,
  IndicatorTable,
  IndicatorTargetTable,
  TargetTable,
  TranslationTable,
} from './framework/framework.table';
import type { CityTable, CountryTable } from './geo/geo.table';

/** Every table, by name: the one schema that runs on SQLite and PostgreSQL. */
export interface Database {
  goal: GoalTable;
  target: TargetTable;
  indicator: IndicatorTable;
  indicator_target: IndicatorTargetTable;
  translation: TranslationTable;
  country: CountryTable;
  city: CityTable;
}
