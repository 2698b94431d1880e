import { z } from 'zod';

const level = z.number().int().min(0).max(3);
const stage = z.string().describe('Programme stage: candidate, model_city, frontrunner');
const targetStage = z.enum(['model_city', 'frontrunner']);
const slug = z.string().describe('City slug');

/** A version of the graduation rubric. */
export const rubricSchema = z.object({
  version: z.number().int().describe('Version; 1 is the default'),
  minimum: z
    .object({
      model_city: level.describe('Minimum level 0–3 for Model City'),
      frontrunner: level.describe('Minimum level 0–3 for Frontrunner'),
    })
    .describe('The level every criterion needs per stage'),
  criteria: z
    .array(
      z.object({
        key: z.string().describe('Criterion key'),
        title: z.string().describe('Title'),
        levels: z.array(z.string()).describe('What levels 0–3 mean'),
        evidence: z.array(z.string()).describe('Evidence asked for'),
        minimum: z
          .object({
            model_city: level.optional().describe('Override'),
            frontrunner: level.optional().describe('Override'),
          })
          .optional()
          .describe('Per-criterion overrides of the minimum; absent when none'),
      }),
    )
    .describe('The criteria, in order'),
});

/** Evidence computed by the platform, by kind: named figures (counts, shares 0–1). */
export const computedEvidenceSchema = z
  .record(z.string(), z.record(z.string(), z.number().nullable()))
  .describe(
    'By evidence kind: priority_goals {count}, data_coverage {series, approved, share}, trainings_attended {people, trainings}, survey_awareness {share, n, change}',
  );

/** One criterion against the minimum of a stage. */
export const criterionReadinessSchema = z.object({
  key: z.string().describe('Criterion key'),
  title: z.string().describe('Title'),
  level: level.nullable().describe('Reviewer level 0–3; null when not scored'),
  needed: level.describe('Level the stage needs'),
  met: z.boolean().describe('level ≥ needed'),
});

/** Criteria met and missing: never a score, never a rank. */
export const readinessSchema = z.object({
  stage: targetStage.describe('The stage it is for'),
  rubricVersion: z.number().int().describe('Rubric version compared with'),
  met: z.array(criterionReadinessSchema).describe('Criteria met'),
  missing: z.array(criterionReadinessSchema).describe('Criteria missing'),
  ready: z.boolean().describe('Every criterion is met'),
});

/** One criterion of an assessment. */
export const assessmentCriterionSchema = z.object({
  key: z.string().describe('Criterion key'),
  title: z.string().describe('Title'),
  selfLevel: level.nullable().describe('Level 0–3 the city gives itself'),
  selfComment: z.string().nullable().describe('The city’s comment'),
  evidence: z
    .array(z.object({ title: z.string().describe('Title'), url: z.string().describe('Link') }))
    .describe('Links the city attached'),
  computed: computedEvidenceSchema,
  reviewLevel: level.nullable().describe('Reviewer level 0–3'),
  reviewComment: z.string().nullable().describe('Reviewer comment'),
});

/** A graduation assessment. */
export const assessmentSchema = z.object({
  id: z.string().describe('Id (UUID)'),
  city: slug,
  rubricVersion: z.number().int().describe('Rubric version it was started with'),
  fromStage: stage.describe('Stage when started'),
  targetStage: targetStage.describe('Stage it is for'),
  status: z.enum(['draft', 'submitted', 'decided']).describe('Workflow status'),
  criteria: z.array(assessmentCriterionSchema).describe('Criteria, in rubric order'),
  readiness: readinessSchema,
  decision: z.enum(['graduated', 'not_yet']).nullable().describe('The secretariat’s decision'),
  decisionComment: z.string().nullable().describe('Its reasons'),
  createdAt: z.string().describe('ISO 8601'),
  updatedAt: z.string().describe('ISO 8601'),
  decidedAt: z.string().nullable().describe('ISO 8601'),
});

/** An assessment after a decision. */
export const decidedAssessmentSchema = assessmentSchema.extend({
  certificateId: z.string().nullable().describe('Graduation certificate issued (id), if any'),
});

/** The latest assessment readiness refers to. */
const assessmentRefSchema = z
  .object({
    id: z.string().describe('Id (UUID)'),
    status: z.enum(['draft', 'submitted', 'decided']).describe('Workflow status'),
    createdAt: z.string().describe('ISO 8601'),
  })
  .nullable()
  .describe('Latest assessment for the target stage; null when none');

/** One gap that calls for a module, as data. */
const learningReasonSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('competency').describe('A competency below level 3'),
    competency: z.string().describe('Competency key'),
    level: z.number().describe('Latest mean self-assessed level, 1–5'),
  }),
  z.object({
    kind: z.literal('data').describe('Less than half the city’s series approved'),
    coverage: z.number().describe('Share 0–1 of the city’s series with an approved value'),
  }),
  z.object({
    kind: z.literal('criterion').describe('A rubric criterion missing for the next stage'),
    criterion: z.string().describe('Criterion key'),
    title: z.string().describe('Criterion title in the rubric version used'),
    level: z.number().nullable().describe('Level 0–3 scored by reviewers; null when not scored'),
    needed: z.number().describe('Level 0–3 the next stage needs'),
  }),
]);

/** A recommended module and why. */
export const learningStepSchema = z.object({
  module: z.object({
    key: z.string().describe('Module key'),
    title: z.string().describe('Title'),
    kind: z.enum(['training', 'material']).describe('A training or a material'),
    competencies: z.array(z.string()).describe('Competency keys it builds'),
    criteria: z.array(z.string()).describe('Rubric criteria it helps meet'),
    url: z.string().nullable().describe('Where the material is'),
  }),
  why: z
    .array(learningReasonSchema)
    .describe('The gaps that call for it, as data, for readers to word in their language'),
  reasons: z
    .array(z.string())
    .describe('The same gaps as English sentences, one per entry of `why`, in the same order'),
});

/** A city's readiness, evidence and learning path. */
export const readinessViewSchema = z.object({
  city: slug,
  stage,
  targetStage: targetStage.nullable().describe('Next stage; null at Frontrunner'),
  assessment: assessmentRefSchema,
  readiness: readinessSchema.nullable().describe('Null when there is no next stage'),
  evidence: computedEvidenceSchema,
  learningPath: z.array(learningStepSchema).describe('Modules its gaps call for'),
});

/** A city's learning path. */
export const learningPathSchema = z.object({
  city: slug,
  stage,
  targetStage: targetStage.nullable().describe('Next stage; null at Frontrunner'),
  steps: z.array(learningStepSchema).describe('Modules its gaps call for, in catalogue order'),
});

/** Progress of a cohort's cities at a glance, never a ranking. */
export const cohortProgressSchema = z.object({
  cohort: z.object({
    id: z.string().describe('Id (UUID)'),
    name: z.string().describe('Name'),
    year: z.number().int().describe('Year'),
  }),
  cities: z
    .array(
      z.object({
        city: z.object({
          slug,
          name: z.string().describe('Name'),
          country: z.string().describe('ISO3'),
        }),
        stage,
        targetStage: targetStage.nullable().describe('Next stage; null at Frontrunner'),
        criteria: z
          .object({
            rubricVersion: z.number().int().describe('Rubric version'),
            met: z
              .array(z.object({ key: z.string(), title: z.string() }))
              .describe('Met (key, title)'),
            missing: z
              .array(
                z.object({
                  key: z.string().describe('Criterion key'),
                  title: z.string().describe('Title'),
                  level: level.nullable().describe('Reviewer level; null when not scored'),
                  needed: level.describe('Level needed'),
                }),
              )
              .describe('Missing'),
          })
          .nullable()
          .describe('Readiness for the target stage; null when none'),
        assessment: assessmentRefSchema,
        trainingsAttended: z
          .object({
            people: z.number().int().describe('People present at a session'),
            trainings: z.number().int().describe('Distinct trainings attended'),
          })
          .describe('Trainings attended by the city’s people'),
        awareness: z
          .object({
            share: z.number().nullable().describe('Share aware, 0–1'),
            n: z.number().int().describe('Answers'),
            opensOn: z.string().describe('When the survey opened'),
          })
          .nullable()
          .describe('Latest awareness survey; null before any'),
      }),
    )
    .describe('The cities the reader may see, alphabetical: never sorted by readiness'),
});

/** A graduation certificate: public facts of a decision that graduated a city. */
export const graduationCertificateSchema = z.object({
  id: z.string().describe('Id (UUID): the verification reference printed on the certificate'),
  assessmentId: z.string().describe('The assessment it was issued for'),
  city: z.object({
    slug,
    name: z.string().describe('Name'),
    country: z.string().describe('ISO3'),
  }),
  fromStage: stage.describe('Stage the city left'),
  stage: targetStage.describe('Stage the decision moved the city to'),
  title: z.string().describe('e.g. "Model City"'),
  rubricVersion: z.number().int().describe('Rubric version of the assessment'),
  decidedAt: z.string().describe('ISO 8601: the decision'),
  issuedAt: z.string().describe('ISO 8601: the certificate'),
  pdf: z.string().describe('Path of the PDF'),
  verify: z.string().describe('Path of this JSON, which verifies the reference (for programs)'),
  page: z
    .string()
    .describe('Path of the web page that verifies the reference, printed on the certificate'),
});

/** One step of an assessment's history. */
export const assessmentStepSchema = z.object({
  at: z.string().describe('ISO 8601'),
  kind: z
    .enum(['started', 'self_assessed', 'submitted', 'reviewed', 'decided'])
    .describe('What happened'),
  by: z.string().nullable().describe('Name of the user; null for the system or the command line'),
  decision: z.enum(['graduated', 'not_yet']).nullable().describe('For decided: the decision'),
});
