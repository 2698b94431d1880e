/**
 * The columns of the project's own template, in the order the exporters write them. Readers
 * accept them in any order and case; `year`, `value` and one of `series` or `indicator` are
 * required. See README.md in this folder.
 */
export const FRONTRUNNER_COLUMNS = [
  'indicator',
  'series',
  'geo_code',
  'year',
  'value',
  'unit',
  'disaggregation',
  'flags',
  'footnote',
  'source',
  'nature',
] as const;

/** One of {@link FRONTRUNNER_COLUMNS}. */
export type FrontrunnerColumn = (typeof FRONTRUNNER_COLUMNS)[number];

/** What each column holds, for the template's second sheet and the README. */
export const FRONTRUNNER_COLUMN_HELP: Readonly<Record<FrontrunnerColumn, string>> = {
  indicator: 'SDG indicator number, e.g. 11.6.1. Optional when the series is given.',
  series: 'SDG series code, e.g. EN_REF_WASCOL. Optional when the indicator has a single series.',
  geo_code: 'City slug or country ISO3 code. Leave blank to use the city chosen when importing.',
  year: 'Calendar year, four digits, e.g. 2022.',
  value: 'The number, with a decimal point (12.5); no thousands separators, no % sign.',
  unit: 'Unit code of the series, e.g. PERCENT. Must be the same on every row of a series.',
  disaggregation:
    'Blank for the headline (all people, whole city). Otherwise dimension=value pairs joined by ";", e.g. sex=female;age=15-24.',
  flags: 'Blank, or letters: E estimated, P provisional, B break in series (e.g. EP).',
  footnote: 'Free text shown with the value (at most 2,000 characters).',
  source: 'Where the value comes from, e.g. "City census 2020" (at most 2,000 characters).',
  nature:
    'C country/city data (default), CA adjusted, E estimated, M modelled, G global monitoring, N non-relevant.',
};
