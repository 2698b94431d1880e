import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.ts';
import type { CaseRecord } from '../api/cases-types.ts';
import {
  addableLanguages,
  caseFieldErrors,
  changedLanguages,
  changesToSend,
  draftFromCase,
  factsChanged,
  factsFromDraft,
  isDirty,
  textDraft,
  textFromDraft,
} from './case-form.ts';
import { errorsUnder } from './field-errors.ts';

function buildCase(overrides: Partial<CaseRecord> = {}): CaseRecord {
  return {
    id: 'c1',
    city: { slug: 'phnom-penh', name: 'Phnom Penh', country: 'KHM' },
    projectId: 'p1',
    status: 'draft',
    originalLang: 'km',
    theme: 'waste_3r',
    targets: ['11.6', '12.5'],
    goals: [11, 12],
    dimensions: ['environment'],
    results: [
      {
        label: 'Waste composted',
        value: 1200,
        unit: 't',
        baseline: 0,
        year: 2025,
        seriesCode: 'x',
      },
    ],
    cost: 50000,
    currency: 'USD',
    partners: ['Market association', 'Ward office'],
    contacts: [{ name: 'Sokha', role: 'Project lead', email: null }],
    photos: [],
    links: [{ url: 'https://example.org', label: null }],
    reviewComment: null,
    publishedAt: null,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    texts: [
      { lang: 'en', ...textFromDraft({ ...textDraft(), title: 'Composting' }) },
      { lang: 'km', ...textFromDraft({ ...textDraft(), title: 'ជីកំប៉ុស', problem: 'សំរាម' }) },
    ],
    ...overrides,
  };
}

describe('draftFromCase', () => {
  it('puts the original language first and reads every fact back unchanged', () => {
    const record = buildCase();
    const draft = draftFromCase(record);
    expect(draft.langs).toEqual(['km', 'en']);
    expect(draft.facts.targets).toBe('11.6, 12.5');
    expect(draft.facts.partners).toBe('Market association\nWard office');
    const { facts, problems } = factsFromDraft(draft.facts);
    expect(problems).toEqual([]);
    const { theme, targets, dimensions, results, cost, currency, partners, contacts, links } =
      record;
    expect(facts).toMatchObject({ theme, targets, dimensions, results, cost, currency, partners });
    expect(facts.contacts).toEqual(contacts);
    expect(facts.links).toEqual(links);
  });
});

describe('factsFromDraft', () => {
  it('reads targets separated by commas or spaces and numbers with thousands separators', () => {
    const draft = draftFromCase(buildCase()).facts;
    const { facts } = factsFromDraft({ ...draft, targets: '11.6 12.5;6.3', cost: '12,500' });
    expect(facts.targets).toEqual(['11.6', '12.5', '6.3']);
    expect(facts.cost).toBe(12500);
  });

  it('names the result fields that are not numbers, and a missing value', () => {
    const draft = draftFromCase(buildCase()).facts;
    const row = {
      label: 'Jobs',
      value: '',
      unit: 'jobs',
      baseline: 'ten',
      year: '2025.5',
      seriesCode: '',
    };
    const { problems } = factsFromDraft({ ...draft, results: [...draft.results, row] });
    expect(problems).toEqual([
      { field: 'results.1.value', problem: 'required' },
      { field: 'results.1.baseline', problem: 'number' },
      { field: 'results.1.year', problem: 'integer' },
    ]);
  });

  it('sends blank optional parts as null and upper-cases the currency', () => {
    const draft = draftFromCase(buildCase()).facts;
    const { facts } = factsFromDraft({
      ...draft,
      currency: 'thb',
      contacts: [{ name: ' Dara ', role: ' ', email: '' }],
    });
    expect(facts.currency).toBe('THB');
    expect(facts.contacts).toEqual([{ name: 'Dara', role: null, email: null }]);
  });
});

describe('changes', () => {
  it('finds the languages and facts that changed, and a new language version', () => {
    const saved = draftFromCase(buildCase());
    expect(isDirty(saved, saved)).toBe(false);
    const edited = {
      ...saved,
      texts: { ...saved.texts, en: { ...saved.texts.en!, summary: 'New' }, lo: textDraft() },
      langs: [...saved.langs, 'lo'],
    };
    expect(changedLanguages(edited, saved)).toEqual(['en', 'lo']);
    expect(factsChanged(edited, saved)).toBe(false);
    expect(isDirty({ ...saved, facts: { ...saved.facts, cost: '1' } }, saved)).toBe(true);
  });

  it('offers only the languages the case has not got', () => {
    expect(addableLanguages(['km', 'en'])).toEqual(['lo', 'my', 'th', 'vi', 'id', 'ms', 'tl']);
  });
});

describe('caseFieldErrors', () => {
  it('keys schema and service problems by the form’s field names', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'bad', [
      { field: 'body.facts.results[0].value', message: 'expected number' },
      { field: 'body.text.title', message: 'is too short' },
      { field: 'targets.1', message: 'must be an SDG target code such as 11.6' },
      { field: 'title', message: 'is required' },
      { field: 'body.facts.contacts[0].email', message: 'invalid email' },
    ]);
    const errors = caseFieldErrors(error);
    expect(errors.get('results.0.value')).toEqual(['expected number']);
    expect(errors.get('title')).toEqual(['is too short', 'is required']);
    expect(errorsUnder(errors, 'targets')).toEqual(['must be an SDG target code such as 11.6']);
    expect(errors.get('contacts.0.email')).toEqual(['invalid email']);
  });

  it('is empty for errors that are not about fields', () => {
    expect(caseFieldErrors(new ApiError(409, 'CONFLICT', 'no')).size).toBe(0);
    expect(caseFieldErrors(new Error('offline')).size).toBe(0);
  });
});

describe('changesToSend', () => {
  it('sends the facts with the first changed language, then one request a language', () => {
    const saved = draftFromCase(buildCase());
    const draft = {
      ...saved,
      facts: { ...saved.facts, cost: '60000' },
      texts: {
        ...saved.texts,
        en: { ...saved.texts.en!, summary: 'Compost' },
        lo: { ...textDraft(), title: 'ຝຸ່ນ' },
      },
      langs: [...saved.langs, 'lo'],
    };
    const { changes, problems } = changesToSend(draft, saved);
    expect(problems).toEqual([]);
    expect(changes.map((c) => [c.lang, c.facts?.cost ?? null])).toEqual([
      ['en', 60000],
      ['lo', null],
    ]);
    expect(changes[1]!.text).toMatchObject({ title: 'ຝຸ່ນ', summary: null });
  });

  it('sends the facts alone when no text changed, and nothing when nothing did', () => {
    const saved = draftFromCase(buildCase());
    const draft = { ...saved, facts: { ...saved.facts, currency: 'khr' } };
    expect(changesToSend(draft, saved).changes).toEqual([
      { facts: expect.objectContaining({ currency: 'KHR' }) },
    ]);
    expect(changesToSend(saved, saved)).toEqual({ changes: [], problems: [] });
  });

  it('sends nothing while a number is not one', () => {
    const saved = draftFromCase(buildCase());
    const draft = { ...saved, facts: { ...saved.facts, cost: 'a lot' } };
    expect(changesToSend(draft, saved)).toEqual({
      changes: [],
      problems: [{ field: 'cost', problem: 'number' }],
    });
  });
});
