import { describe, expect, it } from 'vitest';
import type { TrainingDetail } from '../api/trainings-types.ts';
import {
  certificateHolders,
  checkTrainingDraft,
  emptyTrainingDraft,
  localToIso,
  parseMaterial,
  sessionsAttended,
  toggleAttendee,
  toTrainingInput,
} from './training-form.ts';

const training = (sessions: string[][]): TrainingDetail => ({
  id: 't',
  cohortId: null,
  kind: 'training',
  title: 'T',
  startsOn: '2030-01-01',
  endsOn: '2030-01-02',
  place: null,
  online: true,
  organisers: [],
  topics: [],
  materials: [],
  sessions: sessions.map((attendees, i) => ({
    id: `s${i}`,
    title: `S${i}`,
    startsAt: '2030-01-01T09:00:00Z',
    endsAt: '2030-01-01T10:00:00Z',
    attended: attendees.length,
    attendees,
  })),
  participants: ['a', 'b'].map((id) => ({
    id,
    name: id.toUpperCase(),
    city: null,
    cityName: null,
    role: 'r',
    gender: 'female' as const,
  })),
  summary: {
    participants: 2,
    byCity: [],
    byGender: { female: 2, male: 0, other: 0, undisclosed: 0 },
    attendanceRate: null,
  },
});

describe('the new-training form', () => {
  it('reads organisers and materials one a line, and leaves no cohort as null', () => {
    const input = toTrainingInput({
      ...emptyTrainingDraft,
      title: '  Data  ',
      organisers: 'Secretariat\n\n  UN-Habitat ',
      materials: 'Slides | https://x.org/s.pdf\nhttps://x.org/handbook',
      place: '  ',
    });
    expect(input).toMatchObject({
      cohortId: null,
      title: 'Data',
      place: null,
      organisers: ['Secretariat', 'UN-Habitat'],
      materials: [
        { title: 'Slides', url: 'https://x.org/s.pdf' },
        { title: 'https://x.org/handbook', url: 'https://x.org/handbook' },
      ],
    });
  });

  it('keeps a title with a bar in it whole, splitting at the last bar', () => {
    expect(parseMaterial('A | B | https://x.org')).toEqual({
      title: 'A | B',
      url: 'https://x.org',
    });
  });

  it('turns a local date-time into ISO, and leaves a bad one for the API to name', () => {
    expect(localToIso('2030-02-01T09:30')).toBe(new Date('2030-02-01T09:30').toISOString());
    expect(localToIso('')).toBe('');
    expect(localToIso('not a date')).toBe('not a date');
  });
});

describe('attendance', () => {
  it('counts the sessions each participant attended, and who may get a certificate', () => {
    const t = training([['a'], ['a', 'x']]);
    expect(sessionsAttended(t, 'a')).toBe(2);
    expect(sessionsAttended(t, 'b')).toBe(0);
    expect(certificateHolders(t).map((p) => p.id)).toEqual(['a']);
  });

  it('ticks and unticks one participant without touching the others', () => {
    expect(toggleAttendee(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggleAttendee(['b'], 'a', true)).toEqual(['b', 'a']);
    expect(toggleAttendee(['a'], 'a', true)).toEqual(['a']);
  });
});

describe('checking a new training before sending it', () => {
  it('names the title, both days and the place of an empty draft', () => {
    const problems = checkTrainingDraft(emptyTrainingDraft);
    expect(Object.fromEntries(problems)).toEqual({
      title: ['titleMissing'],
      startsOn: ['dateMissing'],
      endsOn: ['dateMissing'],
      place: ['placeMissing'],
    });
  });

  it('needs no place online, and refuses a last day before the first', () => {
    const problems = checkTrainingDraft({
      ...emptyTrainingDraft,
      title: 'T',
      online: true,
      startsOn: '2030-02-02',
      endsOn: '2030-02-01',
    });
    expect(Object.fromEntries(problems)).toEqual({ endsOn: ['endsBeforeStart'] });
  });
});
