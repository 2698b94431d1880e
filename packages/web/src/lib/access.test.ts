import { describe, expect, it } from 'vitest';
import type { Assignment } from '../api/account-types.ts';
import { allowsOnCity, decideAccess, safeRedirect } from './access.ts';
import { sessionWith } from './session-fixture.ts';

const phnomPenh = { slug: 'phnom-penh', country: 'KHM' };
const hue = { slug: 'hue', country: 'VNM' };
const editor: Assignment = {
  role: 'city_editor',
  country: null,
  city: { slug: 'phnom-penh', name: 'Phnom Penh', country: 'KHM' },
};
const focalPoint: Assignment = { role: 'focal_point', country: 'KHM', city: null };

describe('allowsOnCity', () => {
  it('lets a city editor write their own city only', () => {
    const session = sessionWith([editor]);
    expect(allowsOnCity(session, 'observation.write', phnomPenh)).toBe(true);
    expect(allowsOnCity(session, 'observation.write', hue)).toBe(false);
    expect(allowsOnCity(session, 'observation.approve', phnomPenh)).toBe(false);
  });

  it('lets a focal point approve in their country and read its drafts, but not write', () => {
    const session = sessionWith([focalPoint]);
    expect(allowsOnCity(session, 'observation.approve', phnomPenh)).toBe(true);
    expect(allowsOnCity(session, 'city.read_drafts', phnomPenh)).toBe(true);
    expect(allowsOnCity(session, 'observation.approve', hue)).toBe(false);
    expect(allowsOnCity(session, 'observation.write', phnomPenh)).toBe(false);
  });

  it('shows a graduation certificate’s assessment to its readers, not to the public', () => {
    expect(allowsOnCity(sessionWith([editor]), 'assessment.read', phnomPenh)).toBe(true);
    expect(allowsOnCity(sessionWith([focalPoint]), 'assessment.read', phnomPenh)).toBe(true);
    expect(allowsOnCity(sessionWith([editor]), 'assessment.read', hue)).toBe(false);
    expect(allowsOnCity(undefined, 'assessment.read', phnomPenh)).toBe(false);
  });

  it('lets the secretariat do everything and the public nothing', () => {
    const secretariat = sessionWith([{ role: 'secretariat', country: null, city: null }]);
    expect(allowsOnCity(secretariat, 'observation.write', hue)).toBe(true);
    expect(allowsOnCity(undefined, 'city.read_drafts', hue)).toBe(false);
  });
});

describe('decideAccess', () => {
  it('asks the public to sign in and tells others what they lack', () => {
    expect(decideAccess(undefined, 'user.read')).toBe('signed-out');
    expect(decideAccess(sessionWith([editor], ['account.read']), 'user.read')).toBe('forbidden');
    expect(decideAccess(sessionWith([], ['user.read']), 'user.read')).toBe('allowed');
  });

  it('checks city actions against the city', () => {
    const session = sessionWith([editor], ['observation.write']);
    expect(decideAccess(session, 'observation.write', phnomPenh)).toBe('allowed');
    expect(decideAccess(session, 'observation.write', hue)).toBe('forbidden');
  });
});

describe('safeRedirect', () => {
  it('keeps paths of this app and refuses other sites', () => {
    expect(safeRedirect('/cities/hue/data?x=1')).toBe('/cities/hue/data?x=1');
    expect(safeRedirect('//evil.example/')).toBe('/');
    expect(safeRedirect('https://evil.example/')).toBe('/');
    expect(safeRedirect('/\\evil.example')).toBe('/');
    expect(safeRedirect(undefined)).toBe('/');
    expect(safeRedirect('/sign-in')).toBe('/');
  });
});
