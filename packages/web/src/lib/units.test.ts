import { describe, expect, it } from 'vitest';
import { formatAxisValue, formatValue, formatWithUnit, unitLabel } from './units.ts';

describe('units', () => {
  it('shows symbols for the usual codes and the stated unit otherwise', () => {
    expect(unitLabel('percent')).toBe('%');
    expect(unitLabel('mgr_m_3')).toBe('µg/m³');
    expect(unitLabel('t CO2e per inhabitant')).toBe('t CO2e per inhabitant');
    expect(unitLabel('some_code')).toBe('some code');
  });

  it('rounds to the series decimals without padding', () => {
    expect(formatValue(8.3131, 2, 'en')).toBe('8.31');
    expect(formatValue(45, 1, 'en')).toBe('45');
    expect(formatValue(27292982, 0, 'en')).toBe('27,292,982');
  });

  it('puts the unit after the number', () => {
    expect(formatWithUnit(45, { unit: 'percent', decimals: 0 }, 'en')).toBe('45%');
    expect(formatWithUnit(9.22, { unit: 't CO2e per inhabitant', decimals: 2 }, 'en')).toBe(
      '9.22 t CO2e per inhabitant',
    );
  });
});

describe('formatAxisValue', () => {
  it('shortens large values only', () => {
    expect(formatAxisValue(52_177_760, 'en')).toBe('52.2M');
    expect(formatAxisValue(2.5, 'en')).toBe('2.5');
  });
});
