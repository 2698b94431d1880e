import { z } from 'zod';

const id = z.string().describe('Id (UUID)');
const slug = z.string().describe('City slug');
const isoDate = z.string().describe('ISO date, YYYY-MM-DD');
const stage = z.string().describe('Programme stage: candidate, model_city, frontrunner');

/** A city of a cohort. */
export const cohortCitySchema = z.object({
  slug,
  name: z.string().describe('City name'),
  country: z.string().describe('ISO 3166-1 alpha-3 code of its country'),
  stage,
});

/** A cohort with its cities. */
export const cohortSchema = z.object({
  id,
  name: z.string().describe('Unique name; cities refer to it'),
  year: z.number().int().describe('Year the cohort entered the programme'),
  description: z.string().nullable().describe('Free text'),
  cities: z.array(cohortCitySchema).describe('Its cities, by name'),
});

/** A session of a training. */
export const sessionSchema = z.object({
  id,
  title: z.string().describe('Title of the session'),
  startsAt: z.string().describe('Start, ISO 8601'),
  endsAt: z.string().describe('End, ISO 8601'),
  attended: z.number().int().describe('How many participants attended'),
  attendees: z
    .array(z.string())
    .describe('Ids of the participants present, of those the reader may see by name'),
});

/** A person registered for a training. */
export const participantSchema = z.object({
  id,
  name: z.string().describe('Full name, as on the certificate'),
  city: slug.nullable().describe('Slug of their city; null for guests'),
  cityName: z.string().nullable().describe('Name of their city; null for guests'),
  role: z.string().describe('Role in their city'),
  gender: z.enum(['female', 'male', 'other', 'undisclosed']).describe('For disaggregated reports'),
});

/** Counts of a training's participants, for everyone: never a name. */
export const participantSummarySchema = z.object({
  participants: z.number().int().describe('Everyone registered'),
  byCity: z
    .array(
      z.object({
        city: slug.nullable().describe('City slug; null for guests'),
        name: z.string().nullable().describe('City name; null for guests'),
        count: z.number().int().describe('Participants from it'),
      }),
    )
    .describe('Participants per city, most first'),
  byGender: z
    .object({
      female: z.number().int().describe('Women'),
      male: z.number().int().describe('Men'),
      other: z.number().int().describe('Another gender'),
      undisclosed: z.number().int().describe('Gender not given'),
    })
    .describe('Participants per gender'),
  attendanceRate: z
    .number()
    .nullable()
    .describe('Attendance marks ÷ (participants × sessions), 0–1; null without either'),
});

/** A training or workshop with its sessions, participants and attendance. */
export const trainingSchema = z.object({
  id,
  cohortId: z.string().nullable().describe('The cohort it is for (id); null when open'),
  kind: z.enum(['training', 'workshop']).describe('A training (course) or a workshop'),
  title: z.string().describe('Title'),
  startsOn: isoDate.describe('First day, YYYY-MM-DD'),
  endsOn: isoDate.describe('Last day, YYYY-MM-DD'),
  place: z.string().nullable().describe('Where; null when online'),
  online: z.boolean().describe('Held online'),
  organisers: z.array(z.string()).describe('Organisers'),
  topics: z.array(z.string()).describe('Competency keys it builds'),
  materials: z
    .array(z.object({ title: z.string().describe('Title'), url: z.string().describe('Link') }))
    .describe('Slides, handbooks, recordings'),
  sessions: z.array(sessionSchema).describe('Sessions, earliest first'),
  participants: z
    .array(participantSchema)
    .describe(
      'Participants by name, only those the reader may see (the secretariat all; a focal point its country’s; a city’s team its own); empty for the public',
    ),
  summary: participantSummarySchema.describe('Counts of participants and attendance, for everyone'),
});

/** A page of trainings. */
export const trainingsPageSchema = z.object({
  items: z.array(trainingSchema).describe('Trainings: upcoming earliest first, past latest first'),
  total: z.number().int().describe('Trainings matching the filters in all'),
});

/** A cohort with its cities and trainings. */
export const cohortDetailSchema = cohortSchema.extend({
  trainings: z.array(trainingSchema).describe('Its trainings, earliest first'),
});

/** The change of one competency: mean self-assessed level 1–5 before and after. */
export const competencyChangeSchema = z.object({
  competency: z.string().describe('Competency key'),
  before: z.number().nullable().describe('Mean level 1–5 before; null without answers'),
  after: z.number().nullable().describe('Mean level 1–5 after; null without answers'),
  change: z.number().nullable().describe('after − before, in levels; null unless both exist'),
  nBefore: z.number().int().describe('Self-assessments before'),
  nAfter: z.number().int().describe('Self-assessments after'),
});

/** Competency change of a cohort and of each of its cities. */
export const cohortCompetenciesSchema = z.object({
  cohort: z.array(competencyChangeSchema).describe('The cohort as a whole'),
  cities: z
    .array(z.object({ city: slug, change: z.array(competencyChangeSchema).describe('Change') }))
    .describe('Each city of the cohort, by name'),
});

/** A survey and its questions: never a code, never an answer sheet. */
export const surveySchema = z.object({
  id,
  city: slug,
  round: z.enum(['baseline', 'follow_up']).describe('Baseline (first) or follow-up'),
  title: z.string().describe('Title shown to respondents'),
  opensOn: isoDate.describe('When it opens, YYYY-MM-DD'),
  closed: z.boolean().describe('A closed survey takes no more answers'),
  questions: z
    .array(
      z.object({
        key: z.string().describe('Question key, used in answers'),
        text: z.string().describe('The question, in English'),
        kind: z.enum(['yes_no', 'scale', 'choice']).describe('yes/no, 1–5, or one option'),
        options: z.array(z.string()).optional().describe('Options of a choice question'),
        optional: z.boolean().optional().describe('May be left unanswered'),
      }),
    )
    .describe('The questions, in order'),
});

/** The share aware of one survey (0–1) with n and the Wilson 95% interval. */
export const awarenessPointSchema = z.object({
  surveyId: id.describe('The survey (id)'),
  title: z.string().describe('Its title'),
  round: z.enum(['baseline', 'follow_up']).describe('Baseline or follow-up'),
  opensOn: isoDate.describe('When it opened'),
  closed: z.boolean().describe('A closed survey takes no more answers'),
  n: z.number().int().describe('Answers'),
  count: z.number().int().describe('Answers that count as aware'),
  share: z.number().nullable().describe('count / n, 0–1; null without answers'),
  low: z.number().nullable().describe('Wilson 95% interval, low end, 0–1'),
  high: z.number().nullable().describe('Wilson 95% interval, high end, 0–1'),
});

/** A city's awareness over time. */
export const awarenessSchema = z.object({
  points: z.array(awarenessPointSchema).describe('One per survey, earliest first'),
  change: z.number().nullable().describe('Last share − first share, 0–1 points'),
});

/** Wraps a list. */
export const itemsOf = <T extends z.ZodType>(item: T, what: string) =>
  z.object({ items: z.array(item).describe(what) });
