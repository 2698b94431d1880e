import { describe, expect, it } from 'vitest';
import type { Assignment } from '../api/account-types.ts';
import { askingCities } from './asking-cities.ts';
import { sessionWith } from './session-fixture.ts';

const phnomPenh = { slug: 'phnom-penh', name: 'Phnom Penh', country: 'KHM' };
const battambang = { slug: 'battambang', name: 'Battambang', country: 'KHM' };
const on = (role: Assignment['role'], city: Assignment['city']): Assignment => ({
  role,
  country: null,
  city,
});

describe('askingCities', () => {
  it('gives the city an editor may ask for, not the mentor city itself', () => {
    const session = sessionWith([on('city_editor', phnomPenh), on('city_editor', battambang)]);
    expect(askingCities(session, 'battambang')).toEqual([phnomPenh]);
    expect(askingCities(session, 'surabaya')).toEqual([phnomPenh, battambang]);
  });

  it('leaves out cities the user only views or reviews, and repeats', () => {
    const session = sessionWith([
      on('city_viewer', phnomPenh),
      on('reviewer', phnomPenh),
      on('city_editor', battambang),
      on('city_editor', battambang),
    ]);
    expect(askingCities(session, 'surabaya')).toEqual([battambang]);
  });

  it('gives nothing to the public or to a focal point', () => {
    expect(askingCities(undefined, 'battambang')).toEqual([]);
    const focal = sessionWith([{ role: 'focal_point', country: 'KHM', city: null }]);
    expect(askingCities(focal, 'battambang')).toEqual([]);
  });
});
