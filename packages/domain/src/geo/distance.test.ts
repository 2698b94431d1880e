import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_KM, haversineKm } from './distance';

describe('haversineKm', () => {
  it('measures one degree of longitude on the equator as about 111.2 km', () => {
    const km = haversineKm({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 1 });
    expect(km).toBeCloseTo(111.195, 2);
  });

  it('measures the equator to the pole as a quarter of a great circle', () => {
    const km = haversineKm({ latitude: 0, longitude: 104.9 }, { latitude: 90, longitude: 0 });
    expect(km).toBeCloseTo((Math.PI / 2) * EARTH_RADIUS_KM, 6);
  });

  it('shrinks a degree of longitude with latitude (cos 60° = ½)', () => {
    const km = haversineKm({ latitude: 60, longitude: 10 }, { latitude: 60, longitude: 11 });
    expect(km).toBeCloseTo(55.6, 1);
  });

  it('is zero for one point and the same in both directions', () => {
    const phnomPenh = { latitude: 11.5564, longitude: 104.9282 };
    const bangkok = { latitude: 13.7563, longitude: 100.5018 };
    expect(haversineKm(phnomPenh, phnomPenh)).toBe(0);
    expect(haversineKm(phnomPenh, bangkok)).toBeCloseTo(haversineKm(bangkok, phnomPenh), 9);
    expect(haversineKm(phnomPenh, bangkok)).toBeGreaterThan(530);
    expect(haversineKm(phnomPenh, bangkok)).toBeLessThan(545);
  });
});
