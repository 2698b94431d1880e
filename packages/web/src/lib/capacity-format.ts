/**
 * A share 0–1 as a whole percent in the reader's language; an em dash for null.
 *
 * @example
 * formatShare(0.8, 'en') // '80%'
 */
export function formatShare(share: number | null, lang: string): string {
  if (share === null) return '—';
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/**
 * A change of a share (0–1) in percentage points, signed, e.g. +60.
 *
 * @example
 * formatPoints(0.6000000000000001, 'en') // '+60'
 */
export function formatPoints(change: number, lang: string): string {
  return new Intl.NumberFormat(lang, {
    maximumFractionDigits: 0,
    signDisplay: 'exceptZero',
  }).format(change * 100);
}

/**
 * A mean level (1–5, or a change of levels) with one decimal; an em dash for null.
 *
 * @example
 * formatLevel(2.25, 'en', true) // '+2.3'
 */
export function formatLevel(value: number | null, lang: string, signed = false): string {
  if (value === null) return '—';
  return new Intl.NumberFormat(lang, {
    maximumFractionDigits: 1,
    ...(signed ? { signDisplay: 'exceptZero' as const } : {}),
  }).format(value);
}
