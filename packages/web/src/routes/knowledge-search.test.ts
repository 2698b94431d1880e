import { describe, expect, it } from 'vitest';
import { parseKnowledgeSearch, queryLanguage, toSearchQuery } from './knowledge-search.ts';

describe('knowledge search in the URL', () => {
  it('keeps a query in any script and drops malformed facets', () => {
    expect(parseKnowledgeSearch({ q: 'ขยะ', lang: 'th', goal: '99', kind: 'case' })).toEqual({
      q: 'ขยะ',
      lang: 'th',
      kind: 'case',
    });
  });

  it('finds the language of Thai, Lao, Khmer and Burmese queries from their script', () => {
    expect(queryLanguage('การจัดการขยะ', undefined)).toBe('th');
    expect(queryLanguage('ການຈັດການຂີ້ເຫຍື້ອ', undefined)).toBe('lo');
    expect(queryLanguage('ការគ្រប់គ្រងសំណល់', 'en')).toBe('km');
    expect(queryLanguage('အမှိုက်စီမံခန့်ခွဲမှု', undefined)).toBe('my');
    expect(queryLanguage('waste', 'en')).toBe('en');
  });

  it('turns a page number into an offset', () => {
    expect(toSearchQuery({ q: 'waste', goal: 11, page: 3 })).toEqual({
      q: 'waste',
      goal: '11',
      limit: 20,
      offset: 40,
    });
  });
});
