import { cohortRepository, withTransaction, type Executor } from '@frontrunner/db';
import type { Actor } from '../access/actor';
import type { Clock } from '../clock';
import { updateCityProgramme } from '../geo/city-programme.service';
import { setAttendance, addParticipants } from './attendance.service';
import { addCohortCities, createCohort } from './cohort.service';
import { recordCompetencyAssessment } from './competency.service';
import { selfAssess, startAssessment, submitAssessment } from './graduation.service';
import { answerSurvey, createSurvey, generateCodes } from './survey.service';
import { addSession, createTraining } from './training.service';

/** The demo cohort's name: its presence means the demo capacity data is there. */
export const DEMO_COHORT = 'ASEAN Frontrunner demo cohort';
/** The demo cohort's cities (those of the demo accounts). */
export const DEMO_COHORT_CITIES = ['phnom-penh', 'siem-reap', 'battambang'] as const;

const DEMO: Actor = { kind: 'system', id: 'system:demo-seed' };
const AWARE = { heard_of_sdgs: 'yes', understanding: 4, knows_city_priorities: 'yes' };
const UNAWARE = { heard_of_sdgs: 'no', understanding: 1, knows_city_priorities: 'no' };

/**
 * Demo data for capacity building (server in demo mode only): a cohort of three cities, a
 * workshop with two sessions and attendance, competency self-assessments before and after,
 * an awareness baseline (20% aware) and follow-up (80%) answered through the survey service
 * with generated codes, and Siem Reap's graduation self-assessment, submitted for review.
 * Everything says "demo" in its name.
 * All or nothing, once: answers false when the demo cohort exists already.
 */
export async function seedDemoCapacity(deps: { db: Executor; clock: Clock }): Promise<boolean> {
  if (await cohortRepository.findCohortByName(deps.db, DEMO_COHORT)) return false;
  await withTransaction(deps.db, async (trx) => {
    const d = { db: trx, clock: deps.clock };
    const ctx = { actor: DEMO };
    for (const slug of DEMO_COHORT_CITIES)
      await updateCityProgramme(d, ctx, slug, { stage: 'candidate' });
    const cohort = await createCohort(d, ctx, {
      name: DEMO_COHORT,
      year: 2030,
      description: 'Demo data (server started with --demo); not a real cohort.',
    });
    await addCohortCities(d, ctx, cohort.id, DEMO_COHORT_CITIES);
    await seedWorkshop(d, ctx, cohort.id);
    for (const slug of DEMO_COHORT_CITIES) {
      for (const [phase, level, on] of [
        ['before', 2, '2030-02-01'],
        ['after', 4, '2030-02-03'],
      ] as const)
        await recordCompetencyAssessment(d, ctx, slug, {
          phase,
          assessedOn: on,
          levels: { localising_targets: level, data_and_indicators: level - 1 },
        });
    }
    await seedSurvey(d, ctx, 'baseline', '2030-01-15', 2);
    await seedSurvey(d, ctx, 'follow_up', '2030-06-15', 8);
    // Siem Reap's, submitted, for the demo reviewer to score; Phnom Penh's team starts its own.
    const assessment = await startAssessment(d, ctx, 'siem-reap');
    await selfAssess(
      d,
      ctx,
      assessment.id,
      assessment.criteria.map((c) => ({
        key: c.key,
        level: c.key === 'sharing' ? 1 : 2,
        comment: 'Demo self-assessment',
      })),
    );
    await submitAssessment(d, ctx, assessment.id);
  });
  return true;
}

async function seedWorkshop(
  d: { db: Executor; clock: Clock },
  ctx: { actor: Actor },
  cohortId: string,
): Promise<void> {
  const training = await createTraining(d, ctx, {
    cohortId,
    kind: 'workshop',
    title: 'Demo workshop: localising SDG targets',
    startsOn: '2030-02-01',
    endsOn: '2030-02-02',
    place: 'Phnom Penh',
    online: false,
    organisers: ['Demo secretariat'],
    topics: ['localising_targets', 'data_and_indicators'],
    materials: [],
  });
  for (const day of [1, 2])
    await addSession(d, ctx, training.id, {
      title: `Day ${day}`,
      startsAt: `2030-02-0${day}T09:00:00+07:00`,
      endsAt: `2030-02-0${day}T16:00:00+07:00`,
    });
  const registered = await addParticipants(
    d,
    ctx,
    training.id,
    DEMO_COHORT_CITIES.flatMap((city, i) => [
      { name: `Demo planner ${i + 1}`, city, role: 'planning officer', gender: 'female' as const },
      { name: `Demo analyst ${i + 1}`, city, role: 'statistician', gender: 'male' as const },
    ]),
  );
  const everyone = registered.participants.map((p) => p.id);
  const [first, second] = registered.sessions;
  if (first) await setAttendance(d, ctx, training.id, first.id, everyone);
  if (second) await setAttendance(d, ctx, training.id, second.id, everyone.slice(0, 4));
}

async function seedSurvey(
  d: { db: Executor; clock: Clock },
  ctx: { actor: Actor },
  round: 'baseline' | 'follow_up',
  opensOn: string,
  aware: number,
): Promise<void> {
  const survey = await createSurvey(d, ctx, 'phnom-penh', {
    round,
    title: `Demo awareness survey (${round === 'baseline' ? 'baseline' : 'follow-up'})`,
    opensOn,
  });
  const { codes } = await generateCodes(d, ctx, survey.id, 10);
  for (const [i, code] of codes.entries())
    await answerSurvey(d, { actor: { kind: 'anonymous' } }, survey.id, {
      code,
      answers: i < aware ? AWARE : UNAWARE,
    });
}
