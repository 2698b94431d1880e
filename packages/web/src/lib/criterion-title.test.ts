import { DEFAULT_RUBRIC } from '@frontrunner/domain';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../i18n/locales/en.json';
import km from '../i18n/locales/km.json';
import { criterionTitle, levelDescriptor, levelDescriptors } from './criterion-title.ts';

const khmer = () => i18next.getFixedT('km');

beforeAll(async () => {
  await i18next.init({
    lng: 'km',
    resources: { en: { translation: en }, km: { translation: km } },
  });
});

describe('criterionTitle', () => {
  it('translates a default criterion whose title is still the default English', () => {
    expect(criterionTitle(khmer(), 'data', 'Data and baselines')).toBe(
      km.capacity.criteria.data.title,
    );
    expect(criterionTitle(khmer(), 'data', 'Data and baselines')).not.toBe('Data and baselines');
  });

  it('keeps the secretariat’s own words when the title was edited', () => {
    expect(criterionTitle(khmer(), 'data', 'Open data and baselines')).toBe(
      'Open data and baselines',
    );
  });

  it('keeps a criterion the default rubric does not have, even under a known title', () => {
    expect(criterionTitle(khmer(), 'gender', 'Data and baselines')).toBe('Data and baselines');
  });

  it('has the English locale say exactly the default rubric’s titles and levels', () => {
    const english = i18next.getFixedT('en');
    for (const c of DEFAULT_RUBRIC.criteria) {
      expect(criterionTitle(english, c.key, c.title)).toBe(c.title);
      expect(levelDescriptors(english, c.key, c.levels)).toEqual(c.levels);
    }
  });
});

describe('levelDescriptor', () => {
  it('translates a level that still says the default text', () => {
    expect(levelDescriptor(khmer(), 'sharing', 0, 'Nothing shared')).toBe(
      km.capacity.criteria.sharing.level0,
    );
  });

  it('keeps an edited level, and the default text moved to another level', () => {
    expect(levelDescriptor(khmer(), 'sharing', 0, 'Nothing shared yet')).toBe('Nothing shared yet');
    expect(levelDescriptor(khmer(), 'sharing', 1, 'Nothing shared')).toBe('Nothing shared');
  });

  it('translates level by level, so one edited level leaves the others translated', () => {
    const levels = [...(DEFAULT_RUBRIC.criteria.find((c) => c.key === 'reporting')?.levels ?? [])];
    levels[3] = 'Reports every year';
    expect(levelDescriptors(khmer(), 'reporting', levels)).toEqual([
      km.capacity.criteria.reporting.level0,
      km.capacity.criteria.reporting.level1,
      km.capacity.criteria.reporting.level2,
      'Reports every year',
    ]);
  });
});
