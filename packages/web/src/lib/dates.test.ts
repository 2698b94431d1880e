import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDay, formatDays, formatWithStyle } from './dates.ts';

/** Every month, and hours around midnight and noon, in UTC. */
const moments = Array.from({ length: 12 }, (_, month) =>
  [0, 9, 12, 13, 23].map((hour) => new Date(Date.UTC(2026, month, 5 + month, hour, 7))),
).flat();

const wall = (d: Date) => ({
  year: d.getUTCFullYear(),
  month: d.getUTCMonth() + 1,
  day: d.getUTCDate(),
  hour: d.getUTCHours(),
  minute: d.getUTCMinutes(),
});

describe('dates in languages a browser may lack', () => {
  // Node carries full ICU: the stand-in table must print what it prints.
  it.each(['km', 'lo', 'my'])('writes %s dates and times as a full ICU does', (language) => {
    expect(Intl.DateTimeFormat.supportedLocalesOf([language])).toEqual([language]);
    const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
    const dateTime = new Intl.DateTimeFormat(language, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'UTC',
    });
    for (const moment of moments) {
      expect(formatWithStyle(language, wall(moment), false)).toBe(date.format(moment));
      expect(formatWithStyle(language, wall(moment), true)).toBe(dateTime.format(moment));
    }
  });

  it('writes Burmese numbers in Burmese digits', () => {
    expect(formatWithStyle('my', wall(new Date(Date.UTC(2026, 10, 29, 14, 5))), true)).toBe(
      '၂၀၂၆ နို ၂၉ ၁၄:၀၅',
    );
  });

  it('has no stand-in for a language outside the table', () => {
    expect(() => formatWithStyle('xx', wall(new Date()), false)).toThrow(/xx/);
  });
});

describe('formatting dates', () => {
  it('uses the engine where it knows the language', () => {
    expect(formatDate('2026-11-29T12:00:00Z', 'km')).toMatch(/វិច្ឆិកា 2026$/);
    expect(formatDateTime('2026-11-29T12:00:00Z', 'en')).toMatch(/^Nov 29, 2026, /);
  });

  it('gives back a text that is not a date as it came', () => {
    expect(formatDate('someday', 'en')).toBe('someday');
    expect(formatDateTime('', 'km')).toBe('');
  });

  it('shows the days of a training once for one day and as a range, without shifting the date', () => {
    expect(formatDays('2030-02-01', '2030-02-01', 'en')).toBe('Feb 1, 2030');
    expect(formatDays('2030-02-01', '2030-02-03', 'en')).toMatch(/^Feb 1\s*–\s*3, 2030$/);
    expect(formatDays('2030-02-01', 'soon', 'en')).toBe('2030-02-01 – soon');
  });

  it('shows one calendar date as it is on the calendar, in any of the four languages', () => {
    expect(formatDay('2026-03-01', 'en')).toBe('Mar 1, 2026');
    expect(formatDay('2026-03-01', 'km')).toBe(
      new Intl.DateTimeFormat('km', { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(Date.UTC(2026, 2, 1)),
      ),
    );
    expect(formatDay('soon', 'en')).toBe('soon');
    expect(formatDay('2026-03-01T10:00:00Z', 'en')).toBe('2026-03-01T10:00:00Z');
  });
});
