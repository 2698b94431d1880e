/**
 * A date and time for people, in the interface language and the browser's time zone.
 *
 * @example
 * formatDateTime('2026-11-29T02:47:20.939Z', 'en') // 'Nov 29, 2026, 9:47 AM' (in Asia/Phnom_Penh)
 */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    date,
  );
}

/** A date without the time, in the interface language. */
export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(date);
}
