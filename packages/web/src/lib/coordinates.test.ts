import { describe, expect, it } from 'vitest';
import { toCompass } from './coordinates.ts';

describe('toCompass', () => {
  it('names the hemispheres of a point north of the equator and east of Greenwich', () => {
    expect(toCompass(11.55, 104.9166)).toEqual([
      { value: 11.55, point: 'north' },
      { value: 104.9166, point: 'east' },
    ]);
  });

  it('turns negative degrees into south and west without a sign', () => {
    expect(toCompass(-8.65, -0.5)).toEqual([
      { value: 8.65, point: 'south' },
      { value: 0.5, point: 'west' },
    ]);
  });
});
