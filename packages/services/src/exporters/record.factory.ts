import {
  flagsOf,
  NO_FLAGS,
  type ObservationInput,
  type ObservationRecord,
} from '@frontrunner/domain';

/** A record for tests, with plain defaults. */
export function buildRecord(overrides: Partial<ObservationRecord> = {}): ObservationRecord {
  return {
    geoCode: 'kh-phnom-penh',
    series: 'EN_REF_WASCOL',
    indicator: '11.6.1',
    unit: 'PERCENT',
    year: 2020,
    value: 81.25,
    disaggregation: {},
    flags: NO_FLAGS,
    ...overrides,
  };
}

/**
 * Records that exercise every hard case: disaggregations, every flag, footnotes with commas,
 * quotes and line ends, Khmer and Thai text, formula text, extreme numbers.
 */
export function trickyRecords(): ObservationRecord[] {
  return [
    buildRecord(),
    buildRecord({ year: 2021, value: -0.5, flags: flagsOf(true, false, false), nature: 'E' }),
    buildRecord({
      disaggregation: { sex: 'F', age: 'Y15T24' },
      value: 1e-7,
      flags: flagsOf(false, true, false),
    }),
    buildRecord({
      disaggregation: { urbanisation: 'U' },
      value: 123456789.125,
      flags: flagsOf(false, false, true),
    }),
    buildRecord({
      year: 2017,
      footnote: 'Survey, "round 2"\nsecond line',
      source: 'ក្រសួងបរិស្ថាន (Ministry of Environment)',
    }),
    buildRecord({ geoCode: 'th-bangkok', footnote: 'กรุงเทพมหานคร; 2,5 %', value: 0 }),
    buildRecord({
      geoCode: 'th-bangkok',
      year: 2019,
      footnote: '=HYPERLINK("http://evil.example","click")',
      source: "'=1+1",
    }),
    buildRecord({
      geoCode: 'th-bangkok',
      year: 2018,
      source: '+61 2 5555',
      footnote: '@SUM(A1:A2)',
      value: 1e21,
    }),
    buildRecord({
      series: 'SL_TLF_UEM',
      indicator: '8.5.2',
      unit: 'PT',
      disaggregation: { sex: 'M', age: 'Y_GE15' },
    }),
  ];
}

/** The record an input stands for, for comparing what was written with what was read. */
export function recordOf(input: ObservationInput): ObservationRecord {
  return {
    geoCode: input.geoCode ?? '',
    series: input.series ?? '',
    indicator: input.indicator,
    unit: input.unit ?? '',
    year: input.year,
    value: input.value,
    disaggregation: input.disaggregation,
    flags: input.flags,
    footnote: input.footnote,
    source: input.source,
    nature: input.nature,
  };
}
