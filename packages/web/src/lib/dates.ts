/**
 * Dates for people, in the interface language.
 *
 * Browsers do not all carry the calendar names of every language: Chromium as Debian builds it
 * has no Khmer, Lao or Burmese, and `Intl` then falls back to English without a word. For those
 * three languages a small table of CLDR's medium patterns (month names, order, clock) stands in,
 * written to match what a full ICU prints (the unit test compares them with Node's).
 */

/** The parts of a date and time on the wall clock. */
interface WallTime {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

/** CLDR's medium date and short time of a language, for browsers without its data. */
interface CalendarStyle {
  /** Abbreviated month names as CLDR's medium date prints them, January first. */
  readonly months: readonly string[];
  readonly date: (t: WallTime, month: string) => string;
  readonly time: (t: WallTime) => string;
  /** Between the date and the time. */
  readonly joiner: string;
  /** The language's own digits 0–9, when CLDR writes numbers with them. */
  readonly digits?: string;
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** Khmer, Lao and Burmese as CLDR 46 (ICU 78) writes a medium date and a short time. */
const STYLES: Readonly<Record<string, CalendarStyle>> = {
  km: {
    months: [
      'មករា',
      'កុម្ភៈ',
      'មីនា',
      'មេសា',
      'ឧសភា',
      'មិថុនា',
      'កក្កដា',
      'សីហា',
      'កញ្ញា',
      'តុលា',
      'វិច្ឆិកា',
      'ធ្នូ',
    ],
    date: (t, month) => `${t.day} ${month} ${t.year}`,
    time: (t) => `${t.hour % 12 || 12}:${twoDigits(t.minute)} ${t.hour < 12 ? 'AM' : 'PM'}`,
    joiner: ', ',
  },
  lo: {
    months: [
      'ມ.ກ.',
      'ກ.ພ.',
      'ມ.ນ.',
      'ມ.ສ.',
      'ພ.ພ.',
      'ມິ.ຖ.',
      'ກ.ລ.',
      'ສ.ຫ.',
      'ກ.ຍ.',
      'ຕ.ລ.',
      'ພ.ຈ.',
      'ທ.ວ.',
    ],
    date: (t, month) => `${t.day} ${month} ${t.year}`,
    time: (t) => `${t.hour}:${twoDigits(t.minute)}`,
    joiner: ', ',
  },
  my: {
    months: ['ဇန်', 'ဖေ', 'မတ်', 'ဧ', 'မေ', 'ဇွန်', 'ဇူ', 'ဩ', 'စက်', 'အောက်', 'နို', 'ဒီ'],
    date: (t, month) => `${t.year} ${month} ${t.day}`,
    time: (t) => `${t.hour}:${twoDigits(t.minute)}`,
    joiner: ' ',
    digits: '၀၁၂၃၄၅၆၇၈၉',
  },
};

/** The base language of a tag: 'km-KH' → 'km'. */
const baseLanguage = (language: string) => language.split('-')[0]!.toLowerCase();

const supported = new Map<string, boolean>();

/** Whether this JavaScript engine has the calendar data of the language. */
function hasCalendarData(language: string): boolean {
  let known = supported.get(language);
  if (known === undefined) {
    try {
      known = Intl.DateTimeFormat.supportedLocalesOf([language]).length > 0;
    } catch {
      known = false;
    }
    supported.set(language, known);
  }
  return known;
}

/** The stand-in style for a language the engine lacks, or undefined to use `Intl`. */
function standIn(language: string): CalendarStyle | undefined {
  const style = STYLES[baseLanguage(language)];
  return style && !hasCalendarData(language) ? style : undefined;
}

/**
 * A date (and a time, when given) in a language's CLDR medium style from the table above.
 * Exported for the test that holds the table to a full ICU.
 */
export function formatWithStyle(language: string, t: WallTime, withTime: boolean): string {
  const style = STYLES[baseLanguage(language)];
  if (!style) throw new Error(`No stand-in calendar style for ${language}`);
  const text =
    style.date(t, style.months[t.month - 1]!) + (withTime ? `${style.joiner}${style.time(t)}` : '');
  const digits = style.digits;
  return digits ? text.replace(/[0-9]/g, (d) => digits[Number(d)]!) : text;
}

/** The wall-clock parts of a moment in the browser's time zone (or in UTC). */
function wallTime(date: Date, utc = false): WallTime {
  return utc
    ? {
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
        hour: date.getUTCHours(),
        minute: date.getUTCMinutes(),
      }
    : {
        year: date.getFullYear(),
        month: date.getMonth() + 1,
        day: date.getDate(),
        hour: date.getHours(),
        minute: date.getMinutes(),
      };
}

/**
 * A date and time for people, in the interface language and the browser's time zone.
 *
 * @example
 * formatDateTime('2026-11-29T02:47:20.939Z', 'en') // 'Nov 29, 2026, 9:47 AM' (in Asia/Phnom_Penh)
 */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (standIn(language)) return formatWithStyle(language, wallTime(date), true);
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    date,
  );
}

/**
 * A date without the time, in the interface language and the browser's time zone.
 *
 * @example
 * formatDate('2026-11-29T02:47:20.939Z', 'km') // '29 វិច្ឆិកា 2026'
 */
export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (standIn(language)) return formatWithStyle(language, wallTime(date), false);
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(date);
}

/**
 * The days from one calendar date to another (YYYY-MM-DD, no time zone shift), in the
 * interface language.
 *
 * @example
 * formatDays('2030-02-01', '2030-02-03', 'en') // 'Feb 1 – 3, 2030'
 */
export function formatDays(from: string, to: string, language: string): string {
  const day = (text: string) => new Date(`${text}T00:00:00Z`);
  const a = day(from);
  const b = day(to);
  if (Number.isNaN(a.getTime()) || Number.isNaN(b.getTime())) return `${from} – ${to}`;
  if (standIn(language)) {
    const first = formatWithStyle(language, wallTime(a, true), false);
    return from === to
      ? first
      : `${first} – ${formatWithStyle(language, wallTime(b, true), false)}`;
  }
  const format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
  return from === to ? format.format(a) : format.formatRange(a, b);
}

/**
 * One calendar date (YYYY-MM-DD, no time zone shift) in the interface language; a text that is
 * not a date comes back as it was.
 *
 * @example
 * formatDay('2026-03-01', 'km') // '1 មីនា 2026'
 */
export function formatDay(day: string, language: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? formatDays(day, day, language) : day;
}
