/** Symbols of the unit codes that have a short, language-neutral one. */
const SYMBOLS: Readonly<Record<string, string>> = {
  percent: '%',
  PERCENT: '%',
  mgr_m_3: 'µg/m³',
  t_per_ha: 't/ha',
  km2: 'km²',
  ha: 'ha',
  kg: 'kg',
  t: 't',
  usd: 'USD',
  USD: 'USD',
};

/**
 * How a series' unit reads after a number: a symbol for the usual codes, else the unit as
 * the series states it (`t CO2e per inhabitant`).
 *
 * @example
 * unitLabel('percent') // '%'
 */
export function unitLabel(unit: string): string {
  return SYMBOLS[unit] ?? unit.replace(/_/g, ' ');
}

/** Whether the unit sits right after the number with no space (`45%`). */
export function unitIsTight(unit: string): boolean {
  return unitLabel(unit) === '%';
}

/**
 * A number in the interface language with at most the series' decimals.
 *
 * @example
 * formatValue(8.3131, 2, 'en') // '8.31'
 */
export function formatValue(value: number, decimals: number, language: string): string {
  const digits = Math.max(0, Math.min(decimals, 6));
  return new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value);
}

/** A number with its unit: `45%`, `8.31 t CO2e per inhabitant`. */
export function formatWithUnit(
  value: number,
  series: { readonly unit: string; readonly decimals: number },
  language: string,
): string {
  const number = formatValue(value, series.decimals, language);
  return unitIsTight(series.unit) ? `${number}%` : `${number} ${unitLabel(series.unit)}`;
}

/**
 * A number for a chart axis: short for large values (52M), in the interface language.
 *
 * @example
 * formatAxisValue(52177760, 'en') // '52M'
 */
export function formatAxisValue(value: number, language: string): string {
  return new Intl.NumberFormat(language, {
    notation: Math.abs(value) >= 100_000 ? 'compact' : 'standard',
    maximumFractionDigits: Math.abs(value) >= 100_000 ? 1 : 6,
  }).format(value);
}
