import { describe, expect, it } from 'vitest';
import { projectProblems, type ProjectDraft } from './project';

function buildProject(overrides: Partial<ProjectDraft> = {}): ProjectDraft {
  return {
    title: 'Community composting in Phnom Penh',
    themes: ['waste_3r', 'clean_land'],
    status: 'planned',
    startDate: '2025-01-01',
    endDate: '2026-12-31',
    budget: 120000,
    currency: 'USD',
    fundingSources: [
      { name: 'JAIF', sharePercent: 70 },
      { name: 'City of Phnom Penh', sharePercent: 30 },
    ],
    budgetSplit: [
      { target: '11.6', percent: 60 },
      { target: '12.5', percent: 40 },
    ],
    partners: [{ name: 'IGES', role: 'implementing' }],
    latitude: 11.56,
    longitude: 104.92,
    stakeholders: ['market vendors'],
    links: [],
    ...overrides,
  };
}

const fields = (draft: ProjectDraft, targets?: ReadonlySet<string>) =>
  projectProblems(draft, targets).map((p) => p.field);

describe('projectProblems', () => {
  it('accepts a complete, consistent project', () => {
    expect(projectProblems(buildProject(), new Set(['11.6', '12.5']))).toEqual([]);
  });

  it('refuses funding shares that do not sum to 100 within 0.01', () => {
    const shares = [
      { name: 'A', sharePercent: 70 },
      { name: 'B', sharePercent: 29.98 },
    ];
    expect(fields(buildProject({ fundingSources: shares }))).toEqual(['fundingSources']);
  });

  it('accepts shares that miss 100 by rounding only', () => {
    const thirds = [1, 2, 3].map((i) => ({ name: `F${i}`, sharePercent: 33.333 }));
    expect(fields(buildProject({ fundingSources: thirds }))).toEqual([]);
  });

  it('refuses an end before the start', () => {
    expect(fields(buildProject({ startDate: '2026-01-01', endDate: '2025-12-31' }))).toEqual([
      'endDate',
    ]);
  });

  it('refuses a negative budget', () => {
    expect(fields(buildProject({ budget: -1 }))).toEqual(['budget']);
  });

  it('refuses unknown themes, statuses and IATI roles, naming each field', () => {
    const draft = buildProject({
      themes: ['clean_air', 'space_travel'],
      status: 'dreaming',
      partners: [{ name: 'X', role: 'cheering' as never }],
    });
    expect(fields(draft)).toEqual(['status', 'themes.1', 'partners.0.role']);
  });

  it('refuses a budget split on an unknown target', () => {
    expect(fields(buildProject(), new Set(['11.6']))).toEqual(['budgetSplit.1.target']);
  });

  it('refuses a location with only one coordinate', () => {
    expect(fields(buildProject({ longitude: null }))).toEqual(['longitude']);
  });
});
