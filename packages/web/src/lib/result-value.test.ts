import { describe, expect, it } from 'vitest';
import { formatResult } from './result-value.ts';

describe('formatResult', () => {
  it('writes the number in the interface language with its unit', () => {
    expect(formatResult(1020, 't', 'en')).toBe('1,020 t');
    expect(formatResult(17.5, '%', 'en')).toBe('17.5%');
    expect(formatResult(26.5, 'µg/m³', 'en')).toBe('26.5 µg/m³');
  });

  it('leaves the unit out of a count and writes a dash for no value', () => {
    expect(formatResult(214, 'count', 'en')).toBe('214');
    expect(formatResult(null, 't', 'en')).toBe('—');
  });
});
