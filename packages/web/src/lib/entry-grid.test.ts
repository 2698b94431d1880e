import { describe, expect, it } from 'vitest';
import type { Observation } from '../api/observation-types.ts';
import {
  buildRows,
  countChanges,
  parseValueText,
  pendingEntries,
  rowChange,
  rowKey,
  savedDraft,
  type RowDraft,
} from './entry-grid.ts';

function saved(overrides: Partial<Observation>): Observation {
  return {
    id: 'id-1',
    series: 'EG_ELC_ACCS',
    year: 2020,
    disaggregation: {},
    value: 41.5,
    flags: { estimated: false, provisional: false, breakInSeries: false },
    footnote: null,
    source: null,
    nature: 'C',
    status: 'draft',
    version: 1,
    approvedVersion: null,
    updatedAt: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}

const empty: RowDraft = {
  value: '',
  estimated: false,
  provisional: false,
  breakInSeries: false,
  footnote: '',
  source: '',
};

describe('buildRows', () => {
  it('crosses years (latest first) with disaggregations (headline first) and finds saved values', () => {
    const rows = buildRows(
      [saved({ year: 2018, disaggregation: { location: 'urban' } })],
      [2020, 2019],
      [],
    );
    expect(rows.map((r) => r.key)).toEqual([
      '2020|',
      '2020|location=urban',
      '2019|',
      '2019|location=urban',
      '2018|',
      '2018|location=urban',
    ]);
    expect(rows.find((r) => r.key === '2018|location=urban')?.saved?.id).toBe('id-1');
  });
});

describe('parseValueText', () => {
  it('reads plain numbers and refuses ambiguous text', () => {
    expect(parseValueText(' 12.5 ')).toEqual({ kind: 'number', value: 12.5 });
    expect(parseValueText('-3')).toEqual({ kind: 'number', value: -3 });
    expect(parseValueText('1e3')).toEqual({ kind: 'number', value: 1000 });
    expect(parseValueText('')).toEqual({ kind: 'empty' });
    for (const text of ['1,000', '12%', 'abc', '12.5.1', '1 000', 'Infinity']) {
      expect(parseValueText(text), text).toEqual({ kind: 'invalid' });
    }
  });
});

describe('changes', () => {
  const [row] = buildRows([saved({})], [], []);
  const [blank] = buildRows([], [2021], []);

  it('tells new, changed, deleted, unchanged and invalid apart', () => {
    if (!row || !blank) throw new Error('rows missing');
    expect(rowChange(row, savedDraft(row))).toBe('unchanged');
    expect(rowChange(row, { ...savedDraft(row), value: '41.50' })).toBe('unchanged');
    expect(rowChange(row, { ...savedDraft(row), estimated: true })).toBe('changed');
    expect(rowChange(row, { ...savedDraft(row), value: '' })).toBe('deleted');
    expect(rowChange(row, { ...savedDraft(row), value: 'x' })).toBe('invalid');
    expect(rowChange(blank, { ...empty, value: '3' })).toBe('new');
    expect(rowChange(blank, empty)).toBe('unchanged');
  });

  it('saves whole rows, keeps the nature and deletes with a null value', () => {
    const rows = buildRows([saved({})], [2021], []);
    const drafts = new Map<string, RowDraft>([
      [rowKey(2020, {}), { ...empty, value: '', footnote: 'gone' }],
      [rowKey(2021, {}), { ...empty, value: '44', provisional: true, footnote: ' survey ' }],
    ]);
    expect(pendingEntries('EG_ELC_ACCS', rows, drafts).map((p) => p.entry)).toEqual([
      {
        series: 'EG_ELC_ACCS',
        year: 2021,
        disaggregation: {},
        value: 44,
        estimated: false,
        provisional: true,
        breakInSeries: false,
        footnote: 'survey',
        source: null,
        nature: null,
      },
      expect.objectContaining({ year: 2020, value: null, nature: 'C' }),
    ]);
    expect(countChanges(rows, drafts)).toEqual({ new: 1, changed: 0, deleted: 1, invalid: 0 });
  });
});
