import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.ts';
import type { CaseRecord } from '../api/cases-types.ts';
import {
  addableLanguages,
  caseSaveErrors,
  changedLanguages,
  changeToSend,
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

describe('caseSaveErrors', () => {
  it('keys the facts’ schema and service problems by the form’s field names', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'bad', [
      { field: 'body.facts.results[0].value', message: 'expected number' },
      { field: 'targets.1', message: 'must be an SDG target code such as 11.6' },
      { field: 'body.facts.contacts[0].email', message: 'invalid email' },
    ]);
    const { facts, texts } = caseSaveErrors(error);
    expect(facts.get('results.0.value')).toEqual(['expected number']);
    expect(errorsUnder(facts, 'targets')).toEqual(['must be an SDG target code such as 11.6']);
    expect(facts.get('contacts.0.email')).toEqual(['invalid email']);
    expect(texts.size).toBe(0);
  });

  it('puts each language version’s problems under its language and field', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'bad', [
      { field: 'body.versions.km.problem', message: 'Too big' },
      { field: 'versions.lo.title', message: 'is required' },
      { field: 'versions.km.title', message: 'is required' },
      { field: 'versions.xx-', message: 'must be a language tag such as th or en' },
      { field: 'cost', message: 'must be zero or more' },
    ]);
    const { facts, texts } = caseSaveErrors(error);
    expect([...texts.keys()]).toEqual(['km', 'lo', 'xx-']);
    expect(Object.fromEntries(texts.get('km')!)).toEqual({
      problem: ['Too big'],
      title: ['is required'],
    });
    expect(texts.get('lo')!.get('title')).toEqual(['is required']);
    expect(texts.get('xx-')!.get('lang')).toEqual(['must be a language tag such as th or en']);
    expect([...facts.keys()]).toEqual(['cost']);
  });

  it('is empty for errors that are not about fields', () => {
    for (const error of [new ApiError(409, 'CONFLICT', 'no'), new Error('offline'), null]) {
      const { facts, texts } = caseSaveErrors(error);
      expect([facts.size, texts.size]).toEqual([0, 0]);
    }
  });
});

describe('changeToSend', () => {
  it('sends the facts and every changed or new language in one change', () => {
    const saved = draftFromCase(buildCase());
    const draft = {
      ...saved,
      facts: { ...saved.facts, cost: '60000' },
      texts: {
        ...saved.texts,
        en: { ...saved.texts.en!, summary: 'Compost' },
        lo: { ...textDraft(), title: ' ຝຸ່ນ ' },
      },
      langs: [...saved.langs, 'lo'],
    };
    const { change, problems } = changeToSend(draft, saved);
    expect(problems).toEqual([]);
    expect(change?.facts?.cost).toBe(60000);
    expect(Object.keys(change?.versions ?? {})).toEqual(['en', 'lo']);
    expect(change?.versions?.en).toMatchObject({ summary: 'Compost' });
    expect(change?.versions?.lo).toMatchObject({ title: 'ຝຸ່ນ', summary: null });
  });

  it('sends only the versions when the facts did not change', () => {
    const saved = draftFromCase(buildCase());
    const draft = { ...saved, texts: { ...saved.texts, en: { ...saved.texts.en!, title: 'New' } } };
    const { change } = changeToSend(draft, saved);
    expect(change).toEqual({ versions: { en: expect.objectContaining({ title: 'New' }) } });
  });

  it('sends the facts alone when no text changed, and nothing when nothing did', () => {
    const saved = draftFromCase(buildCase());
    const draft = { ...saved, facts: { ...saved.facts, currency: 'khr' } };
    expect(changeToSend(draft, saved).change).toEqual({
      facts: expect.objectContaining({ currency: 'KHR' }),
    });
    expect(changeToSend(saved, saved)).toEqual({ change: undefined, problems: [] });
  });

  it('sends nothing while a number is not one', () => {
    const saved = draftFromCase(buildCase());
    const draft = { ...saved, facts: { ...saved.facts, cost: 'a lot' } };
    expect(changeToSend(draft, saved)).toEqual({
      change: undefined,
      problems: [{ field: 'cost', problem: 'number' }],
    });
  });
});
