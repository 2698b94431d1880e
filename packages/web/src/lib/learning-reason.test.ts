import { LEARNING_CATALOGUE, learningPath } from '@frontrunner/domain';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../i18n/locales/en.json';
import km from '../i18n/locales/km.json';
import my from '../i18n/locales/my.json';
import { moduleTitle, reasonText } from './learning-reason.ts';

beforeAll(async () => {
  await i18next.init({
    lng: 'en',
    resources: { en: { translation: en }, km: { translation: km }, my: { translation: my } },
  });
});

const module = (key: string, title: string) => ({
  key,
  title,
  kind: 'training' as const,
  competencies: [],
  criteria: [],
  url: null,
});

describe('moduleTitle', () => {
  it('translates each default catalogue module by its key', () => {
    const t = i18next.getFixedT('km');
    for (const m of LEARNING_CATALOGUE) {
      const title = moduleTitle(t, module(m.key, m.title));
      expect(title).toBe(km.capacity.modules[m.key as keyof typeof km.capacity.modules]);
      expect(title).not.toBe(m.title);
    }
  });

  it('keeps the server’s title for a module the web does not know, or a retitled one', () => {
    const t = i18next.getFixedT('km');
    expect(moduleTitle(t, module('training-42', 'Budget tagging clinic'))).toBe(
      'Budget tagging clinic',
    );
    expect(moduleTitle(t, module('vlr-guide', 'Our own VLR guide'))).toBe('Our own VLR guide');
  });
});

describe('reasonText', () => {
  it('says in English what the domain’s sentences say, for each kind', () => {
    const t = i18next.getFixedT('en');
    expect(reasonText(t, { kind: 'data', coverage: 0.25 }, 'en')).toBe(
      "25% of the city's series have an approved value",
    );
    expect(reasonText(t, { kind: 'competency', competency: 'reporting', level: 2 }, 'en')).toBe(
      'Competency “Reporting (city SDG reports and VLRs)” is at 2 of 5',
    );
    const criterion = {
      kind: 'criterion',
      criterion: 'data',
      title: 'Data and baselines',
    } as const;
    expect(reasonText(t, { ...criterion, level: 1, needed: 2 }, 'en')).toBe(
      'Criterion “Data and baselines” is at level 1; 2 is needed',
    );
    expect(reasonText(t, { ...criterion, level: null, needed: 2 }, 'en')).toBe(
      'Criterion “Data and baselines” is not scored; 2 is needed',
    );
  });

  it('words every reason of a real learning path in Khmer, with Khmer names', () => {
    const t = i18next.getFixedT('km');
    const [step] = learningPath({
      competencies: [
        {
          competency: 'data_and_indicators',
          before: 2,
          after: null,
          change: null,
          nBefore: 1,
          nAfter: 0,
        },
      ],
      dataCoverage: 0.4,
      missingCriteria: [
        { key: 'data', title: 'Data and baselines', level: null, needed: 2, met: false },
      ],
    });
    const texts = (step?.why ?? []).map((r) => reasonText(t, r, 'km'));
    expect(texts).toEqual([
      `សមត្ថភាព «${km.capacity.competencies.names.data_and_indicators}» ស្ថិតនៅកម្រិត 2 នៃ 5`,
      '40% នៃស៊េរីទិន្នន័យរបស់ទីក្រុងមានតម្លៃដែលបានអនុម័ត',
      `លក្ខណៈវិនិច្ឆ័យ «${km.capacity.criteria.data.title}» មិនទាន់បានដាក់កម្រិត ហើយត្រូវការកម្រិត 2`,
    ]);
    for (const text of texts) expect(text).not.toMatch(/[A-Za-z]/);
  });

  it('formats the numbers in the interface language, and keeps an edited criterion title', () => {
    const t = i18next.getFixedT('my');
    const text = reasonText(
      t,
      { kind: 'criterion', criterion: 'data', title: 'Open data', level: 1, needed: 2 },
      'my',
    );
    const digit = (n: number) => new Intl.NumberFormat('my').format(n);
    expect(text).toBe(`စံနှုန်း “Open data” သည် အဆင့် ${digit(1)} တွင် ရှိသည်၊ အဆင့် ${digit(2)} လိုအပ်သည်`);
  });
});
