import { describe, expect, it } from 'vitest';
import { emptyProjectDraft, toProjectInput } from './project-form.ts';

describe('toProjectInput', () => {
  it('turns empty text into null and reads numbers with thousands separators', () => {
    const input = toProjectInput({ ...emptyProjectDraft, title: ' Drains ', budget: '1,000' });
    expect(input).toMatchObject({ title: 'Drains', summary: null, budget: 1000, latitude: null });
  });

  it('drops blank funding and partner rows and upper-cases the currency', () => {
    const input = toProjectInput({
      ...emptyProjectDraft,
      currency: 'usd',
      funding: [
        { name: 'City', share: '100' },
        { name: ' ', share: '' },
      ],
      partners: [{ name: '', role: 'funding' }],
    });
    expect(input.currency).toBe('USD');
    expect(input.fundingSources).toEqual([{ name: 'City', sharePercent: 100 }]);
    expect(input.partners).toEqual([]);
  });
});
