import { COMPETENCIES, SUPPORTED_LANGUAGES } from '@frontrunner/domain';
import { z } from 'zod';
import { pageQuery } from '../common/common.schema';

const date = z.iso.date().describe('ISO date, YYYY-MM-DD');
const uuid = z.string().min(1).max(64);
const level03 = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]);
const competencyKeys = COMPETENCIES.map((c) => c.key) as [string, ...string[]];

/** `:id` of a cohort, training, survey or assessment. */
export const idParams = z.object({ id: uuid.describe('Id (UUID)') });
/** `:id` of a graduation certificate: the UUID printed on it as its reference (400 otherwise). */
export const certificateParams = z.object({
  id: z.string().uuid().describe('Id (UUID): the reference printed on the certificate'),
});
/** `?lang=` of a printed certificate: the language of its labels and dates. */
export const certificateQuery = z.object({
  lang: z
    .enum(SUPPORTED_LANGUAGES)
    .default('en')
    .describe('Language of the certificate: en (default), km (Khmer), lo (Lao), my (Burmese)'),
});
/** `:slug` of a city. */
export const slugParams = z.object({ slug: z.string().min(1).max(120).describe('City slug') });

export const cohortBody = z.object({
  name: z.string().min(1).max(120).describe('Unique name, e.g. "2025 ASEAN cohort"; never renamed'),
  year: z.number().int().min(2000).max(2100).describe('Year the cohort enters the programme'),
  description: z.string().max(2000).nullish().describe('Free text'),
});
export const cohortCitiesBody = z.object({
  cities: z
    .array(z.string().min(1).max(120))
    .min(1)
    .max(200)
    .describe('Slugs of the cities to put in the cohort'),
});

export const trainingsQuery = z.object({
  cohort: uuid.optional().describe('Only trainings of this cohort (id)'),
  when: z
    .enum(['upcoming', 'past'])
    .optional()
    .describe(
      'upcoming: not yet ended (earliest first); past: ended (latest first); all when absent',
    ),
  ...pageQuery,
});
/** `:id` of a training and `:participantId` of one of its participants. */
export const participantParams = z.object({
  id: uuid.describe('Training id (UUID)'),
  participantId: uuid.describe('Participant id (UUID)'),
});
export const trainingBody = z.object({
  cohortId: uuid.nullish().describe('The cohort it is for; null for an open training'),
  kind: z.enum(['training', 'workshop']).describe('A training (course) or a workshop'),
  title: z.string().min(1).max(200).describe('Title'),
  startsOn: date.describe('First day, ISO date'),
  endsOn: date.describe('Last day, ISO date'),
  place: z.string().max(200).nullish().describe('Where; needed unless online'),
  online: z.boolean().default(false).describe('Held online'),
  organisers: z.array(z.string().min(1).max(200)).max(20).default([]).describe('Organisers'),
  topics: z
    .array(z.enum(competencyKeys))
    .max(10)
    .default([])
    .describe('Competency keys the training builds'),
  materials: z
    .array(
      z.object({
        title: z.string().min(1).max(200).describe('Title'),
        url: z.url().describe('Link'),
      }),
    )
    .max(50)
    .default([])
    .describe('Slides, handbooks, recordings'),
});
export const sessionBody = z.object({
  title: z.string().min(1).max(200).describe('Title of the session'),
  startsAt: z.iso.datetime({ offset: true }).describe('Start, ISO 8601'),
  endsAt: z.iso.datetime({ offset: true }).describe('End, ISO 8601'),
});
export const participantsBody = z.object({
  participants: z
    .array(
      z.object({
        name: z.string().min(1).max(200).describe('Full name, as on the certificate'),
        city: z.string().max(120).nullish().describe('Slug of their city; null for guests'),
        role: z.string().min(1).max(200).describe('Role in their city, e.g. "planning officer"'),
        gender: z
          .enum(['female', 'male', 'other', 'undisclosed'])
          .describe('For gender-disaggregated reporting'),
      }),
    )
    .min(1)
    .max(500)
    .describe('People to register'),
});
export const attendanceBody = z.object({
  sessionId: uuid.describe('The session'),
  participantIds: z
    .array(uuid)
    .max(500)
    .describe('Everyone who attended it (replaces what was recorded)'),
});

export const competencyBody = z.object({
  phase: z.enum(['before', 'after']).describe('Before or after the training'),
  levels: z
    .record(z.string(), z.number().int())
    .describe(`Level 1–5 by competency key (${competencyKeys.join(', ')})`),
  assessedOn: date.describe('When the self-assessment was made'),
  trainingId: uuid.nullish().describe('The training it goes with, if any'),
});

export const surveyBody = z.object({
  round: z.enum(['baseline', 'follow_up']).describe('Baseline (first) or follow-up survey'),
  title: z.string().min(1).max(200).describe('Title shown to respondents'),
  opensOn: date.describe('When it opens: orders the rounds in time'),
});
export const codesBody = z.object({
  count: z
    .number()
    .int()
    .min(1)
    .max(5000)
    .describe('How many single-use invitation codes to generate (shown once)'),
});
export const answerBody = z.object({
  code: z
    .string()
    .min(1)
    .max(40)
    .describe('The invitation code; used once, never stored with the answers'),
  answers: z
    .record(z.string(), z.union([z.string().max(100), z.number()]))
    .describe('Question key → answer ("yes"/"no", 1–5 or an option), see GET /surveys/:id'),
});

const criterionLevels = z.array(
  z.object({
    key: z.string().min(1).max(48).describe('Criterion key of the rubric'),
    level: level03.describe('Level 0–3'),
    comment: z.string().max(4000).nullish().describe('Comment'),
  }),
);
export const selfAssessmentBody = z.object({
  criteria: z
    .array(
      z.object({
        key: z.string().min(1).max(48).describe('Criterion key of the rubric'),
        level: level03.describe('Level 0–3 the city gives itself'),
        comment: z.string().max(4000).nullish().describe('Why'),
        evidence: z
          .array(
            z.object({
              title: z.string().min(1).max(200).describe('Title'),
              url: z.url().describe('Link'),
            }),
          )
          .max(20)
          .optional()
          .describe('Links to the city’s evidence (reports, projects, plans)'),
      }),
    )
    .min(1)
    .describe('Criteria to set; others stay as they are'),
});
export const reviewBody = z.object({
  criteria: criterionLevels.min(1).describe('Criteria scored by the reviewer'),
});
export const decisionBody = z.object({
  decision: z
    .enum(['graduated', 'not_yet'])
    .describe('graduated moves the city’s stage and issues a certificate'),
  comment: z.string().max(4000).nullish().describe('The secretariat’s reasons'),
});
export const rubricBody = z.object({
  minimum: z
    .object({
      model_city: level03.describe('Minimum level for Model City'),
      frontrunner: level03.describe('Minimum level for Frontrunner'),
    })
    .describe('The level every criterion needs for each stage'),
  criteria: z
    .array(
      z.object({
        key: z.string().describe('snake_case key'),
        title: z.string().describe('Title'),
        levels: z
          .tuple([z.string(), z.string(), z.string(), z.string()])
          .describe('What levels 0–3 mean'),
        evidence: z
          .array(
            z.enum([
              'link',
              'priority_goals',
              'data_coverage',
              'trainings_attended',
              'survey_awareness',
              'report',
              'project',
              'case',
            ]),
          )
          .describe('Evidence asked for; all but link are computed by the platform where it can'),
        minimum: z
          .object({
            model_city: level03.optional().describe('Override'),
            frontrunner: level03.optional().describe('Override'),
          })
          .optional()
          .describe('Per-criterion minimum overrides'),
      }),
    )
    .min(1)
    .describe('The criteria'),
});
