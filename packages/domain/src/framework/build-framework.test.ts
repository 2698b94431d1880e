import { describe, expect, it } from 'vitest';
import { buildFramework } from './build-framework';
import { FrameworkDataError } from './framework';
import type { FrameworkCsvRecord, TranslationRecord } from './framework';

function buildCsvRecord(overrides: Partial<FrameworkCsvRecord> = {}): FrameworkCsvRecord {
  return {
    SDGNumber: '1',
    SDGTitle: 'No Poverty',
    TargetsNumber: '1.1',
    Targets: ' By 2030, eradicate extreme poverty',
    IndicatorsNumber: '1.1.1',
    Indicators: ' Proportion of the population living below the international poverty line',
    UNSDIndicatorCodes: 'C010101',
    ...overrides,
  };
}

function buildTranslation(overrides: Partial<TranslationRecord> = {}): TranslationRecord {
  return { level: 'goal', code: '1', field: 'title', lang: 'km', text: 'ខ្មែរ', ...overrides };
}

const disasterRows = [
  buildCsvRecord({
    TargetsNumber: '1.5',
    IndicatorsNumber: '1.5.1',
    Indicators: ' Number of deaths attributed to disasters',
    UNSDIndicatorCodes: 'C200303',
  }),
  buildCsvRecord({
    SDGNumber: '11',
    SDGTitle: 'Sustainable Cities and Communities',
    TargetsNumber: '11.5',
    IndicatorsNumber: '11.5.1',
    Indicators: ' Number of deaths attributed\u00a0to disasters',
    UNSDIndicatorCodes: 'C200303',
  }),
];

describe('buildFramework', () => {
  it('takes the short goal title from the CSV and the long one from the English translations', () => {
    const { goals } = buildFramework(
      [buildCsvRecord()],
      [buildTranslation({ lang: 'en', text: 'End poverty in all its forms everywhere' })],
    );
    expect(goals).toEqual([
      {
        number: 1,
        code: '1',
        title: 'End poverty in all its forms everywhere',
        shortTitle: 'No Poverty',
        colour: '#E5243B',
      },
    ]);
  });

  it('falls back to the short title when no English long title exists', () => {
    const { goals } = buildFramework([buildCsvRecord()], []);
    expect(goals[0]?.title).toBe('No Poverty');
  });

  it('trims the leading space of target and indicator texts', () => {
    const { targets, indicators } = buildFramework([buildCsvRecord()], []);
    expect(targets[0]).toEqual({
      code: '1.1',
      goal: 1,
      title: 'By 2030, eradicate extreme poverty',
    });
    expect(indicators[0]?.title).toBe(
      'Proportion of the population living below the international poverty line',
    );
  });

  it('makes one indicator of a UNSD code repeated under several targets, linked to each', () => {
    const { indicators } = buildFramework(disasterRows, []);
    expect(indicators).toEqual([
      {
        id: 'C200303',
        code: '1.5.1',
        title: 'Number of deaths attributed to disasters',
        links: [
          { target: '1.5', code: '1.5.1' },
          { target: '11.5', code: '11.5.1' },
        ],
      },
    ]);
  });

  it('keeps a target without indicator and creates no indicator for it', () => {
    const row = buildCsvRecord({
      SDGNumber: '11',
      TargetsNumber: '11.c',
      IndicatorsNumber: '0',
      Indicators: '',
      UNSDIndicatorCodes: '0',
    });
    const { targets, indicators } = buildFramework([row], []);
    expect(targets.map((t) => t.code)).toEqual(['11.c']);
    expect(indicators).toEqual([]);
  });

  it('joins translations on codes and stores only the languages that exist', () => {
    const { translations } = buildFramework(
      [buildCsvRecord()],
      [
        buildTranslation({ field: 'short', lang: 'lo', text: 'ບໍ່ມີຄວາມທຸກຍາກ' }),
        buildTranslation({ field: 'short', lang: 'zh-Hans', text: '无贫穷' }),
        buildTranslation({ level: 'target', code: '1.1', lang: 'my', text: 'ဆင်းရဲ' }),
      ],
    );
    expect(translations).toEqual([
      { level: 'goal', key: '1', field: 'short', texts: { lo: 'ບໍ່ມີຄວາມທຸກຍາກ' } },
      { level: 'target', key: '1.1', field: 'title', texts: { my: 'ဆင်းရဲ' } },
    ]);
  });

  it('translates a repeated indicator from any of its numbers, keyed by its UNSD code', () => {
    const { translations } = buildFramework(disasterRows, [
      buildTranslation({ level: 'indicator', code: '11.5.1', lang: 'km', text: 'ចំនួន' }),
      buildTranslation({ level: 'indicator', code: '1.5.1', lang: 'my', text: 'လူဦးရေ' }),
    ]);
    expect(translations).toEqual([
      { level: 'indicator', key: 'C200303', field: 'title', texts: { km: 'ចំនួន', my: 'လူဦးရေ' } },
    ]);
  });

  it('rejects a goal number outside 1–17', () => {
    expect(() => buildFramework([buildCsvRecord({ SDGNumber: '18' })], [])).toThrow(
      FrameworkDataError,
    );
  });

  it('rejects a target listed under another goal', () => {
    expect(() => buildFramework([buildCsvRecord({ TargetsNumber: '2.1' })], [])).toThrow(
      /target "2.1" listed under goal 1/,
    );
  });
});
