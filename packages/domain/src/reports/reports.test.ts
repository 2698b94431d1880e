import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors';
import {
  CitationRegister,
  NARRATIVE_SECTION_KEYS,
  VLR_OUTLINE,
  assertValidConsultations,
  isNarrativeSection,
  parseNarrative,
  type Citation,
} from './index';

const citation = (overrides: Partial<Citation> = {}): Citation => ({
  observationId: 'obs-1',
  version: 1,
  series: 'EN_ATM_PM25',
  source: 'PCD',
  year: 2022,
  value: 24.5,
  unit: 'µg/m³',
  area: 'th-bangkok',
  ...overrides,
});

describe('the VLR outline', () => {
  it('follows METHODS §9 from the mayor’s statement to the statistical annex', () => {
    expect(VLR_OUTLINE.map((s) => s.key)).toEqual([
      'mayor_statement',
      'highlights',
      'introduction',
      'methodology',
      'policy_environment',
      'progress',
      'means_of_implementation',
      'next_steps',
      'annex',
    ]);
  });

  it('takes narratives in every section but the generated annex', () => {
    expect(isNarrativeSection('annex')).toBe(false);
    expect(isNarrativeSection('progress')).toBe(true);
    expect(NARRATIVE_SECTION_KEYS).toHaveLength(VLR_OUTLINE.length - 1);
  });
});

describe('citations', () => {
  it('number observations in order of first use and reuse the number of a repeated one', () => {
    const notes = new CitationRegister();
    expect(notes.cite(citation({ observationId: 'a' }))).toBe(1);
    expect(notes.cite(citation({ observationId: 'b' }))).toBe(2);
    expect(notes.cite(citation({ observationId: 'a' }))).toBe(1);
    expect(notes.all().map((c) => [c.number, c.observationId])).toEqual([
      [1, 'a'],
      [2, 'b'],
    ]);
  });

  it('tell two versions of one observation apart', () => {
    const notes = new CitationRegister();
    notes.cite(citation({ version: 1 }));
    expect(notes.cite(citation({ version: 2 }))).toBe(2);
  });
});

describe('narratives', () => {
  it('split into sub-headings, paragraphs and lists without interpreting anything else', () => {
    const text = '## Air\nThe air is\ncleaner.\n\n- buses <b>\n- bikes\nAfter the list.';
    expect(parseNarrative(text)).toEqual([
      { kind: 'heading', text: 'Air' },
      { kind: 'paragraph', text: 'The air is cleaner.' },
      { kind: 'list', items: ['buses <b>', 'bikes'] },
      { kind: 'paragraph', text: 'After the list.' },
    ]);
  });
});

describe('the consultation log', () => {
  it('accepts entries with a date, stakeholders and a summary', () => {
    expect(() =>
      assertValidConsultations([
        { date: '2025-03-14', stakeholders: 'Youth council', summary: 'Priorities' },
      ]),
    ).not.toThrow();
  });

  it('names every field that is wrong, including an impossible date', () => {
    try {
      assertValidConsultations([{ date: '2025-02-30', stakeholders: ' ', summary: '' }]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).problems.map((p) => p.field)).toEqual([
        'consultations[0].date',
        'consultations[0].stakeholders',
        'consultations[0].summary',
      ]);
    }
  });
});
