import { describe, expect, it } from 'vitest';
import { flagLetters, flagsOf, parseFlagLetters } from './flags';
import { flagsFromObsStatus, obsStatusOf } from './sdmx-vocabulary';

describe('flag letters', () => {
  it('are written in the order E, P, B and read back in any order, case and separation', () => {
    const all = flagsOf(true, true, true);
    expect(flagLetters(all)).toBe('EPB');
    expect(parseFlagLetters('b|p e')).toBe(all);
    expect(parseFlagLetters('')).toBe(flagsOf(false, false, false));
  });

  it('reject anything that is not a flag letter', () => {
    expect(parseFlagLetters('X')).toBeUndefined();
    expect(parseFlagLetters('E1')).toBeUndefined();
  });
});

describe('SDMX OBS_STATUS', () => {
  it('maps A and blank to no flag and E, P, B to one flag each', () => {
    expect(flagsFromObsStatus('A')).toBe(flagsOf(false, false, false));
    expect(flagsFromObsStatus('P')).toBe(flagsOf(false, true, false));
    expect(flagsFromObsStatus('F')).toBeUndefined();
  });

  it('keeps the strongest of several flags and says the rest were dropped', () => {
    expect(obsStatusOf(flagsOf(true, true, false))).toEqual({ code: 'E', lossy: true });
    expect(obsStatusOf(flagsOf(true, false, true))).toEqual({ code: 'B', lossy: true });
    expect(obsStatusOf(flagsOf(false, true, false))).toEqual({ code: 'P', lossy: false });
  });
});
