import {
  cohortRepository,
  surveyRepository,
  trainingRepository,
  type Executor,
} from '@frontrunner/db';
import {
  awarenessOverTime,
  nextStage,
  NotFoundError,
  type GraduationStage,
  type RubricLevel,
} from '@frontrunner/domain';
import type { ActionContext } from '../access/actor';
import { authorize, readableScope } from '../access/policy';
import { readinessOf, type AssessmentRef } from './readiness.service';

/** Where one city of a cohort stands: progress at a glance, never a position in a ranking. */
export interface CityProgress {
  city: { slug: string; name: string; country: string };
  stage: string;
  /** Null at Frontrunner or outside the programme. */
  targetStage: GraduationStage | null;
  /** Criteria met and missing for the target stage, by the reviewers' levels; null without one. */
  criteria: {
    rubricVersion: number;
    met: { key: string; title: string }[];
    missing: { key: string; title: string; level: RubricLevel | null; needed: RubricLevel }[];
  } | null;
  assessment: AssessmentRef | null;
  /** People of the city present at a session, and distinct trainings they attended. */
  trainingsAttended: { people: number; trainings: number };
  /** The latest survey's share aware (0–1) with its n; null before any survey. */
  awareness: { share: number | null; n: number; opensOn: string } | null;
}

/** A cohort's progress: its cities in alphabetical order (never sorted by readiness). */
export interface CohortProgressView {
  cohort: { id: string; name: string; year: number };
  cities: CityProgress[];
}

/**
 * Progress of a cohort's cities at a glance: stage, readiness criteria met and missing,
 * trainings attended, latest awareness. Readers see the cities their roles reach (the
 * secretariat all, a focal point its country, a city's team its city).
 */
export async function cohortProgress(
  db: Executor,
  ctx: ActionContext,
  cohortId: string,
): Promise<CohortProgressView> {
  authorize(ctx.actor, 'assessment.read');
  const cohort = await cohortRepository.findCohort(db, cohortId);
  if (!cohort) throw new NotFoundError('cohort', cohortId);
  const scope = readableScope(ctx.actor, 'assessment.read');
  const cities = (await cohortRepository.listCohortCities(db, [cohort.name])).filter(
    (c) => scope.all || scope.cityIds.includes(c.id) || scope.countries.includes(c.country_iso3),
  );
  const ids = cities.map((c) => c.id);
  const [attendance, tallies] = await Promise.all([
    trainingRepository.countAttendanceByCity(db, ids),
    surveyRepository.listSurveyTallies(db, ids),
  ]);
  const awareness = awarenessOverTime(
    tallies.map((t) => ({
      surveyId: t.id,
      cityId: t.city_id,
      round: t.round,
      opensOn: t.opens_on,
      responses: t.responses,
      aware: t.aware,
    })),
  );
  const progress = await Promise.all(
    cities.map(async (c): Promise<CityProgress> => {
      const target = nextStage(c.stage) ?? null;
      const found = target ? await readinessOf(db, c.id, target) : null;
      const latest = awareness.find((a) => a.cityId === c.id)?.points.at(-1);
      const attended = attendance.find((a) => a.city_id === c.id);
      return {
        city: { slug: c.slug, name: c.name, country: c.country_iso3 },
        stage: c.stage,
        targetStage: target,
        criteria: found
          ? {
              rubricVersion: found.readiness.rubricVersion,
              met: found.readiness.met.map((m) => ({ key: m.key, title: m.title })),
              missing: found.readiness.missing.map((m) => ({
                key: m.key,
                title: m.title,
                level: m.level,
                needed: m.needed,
              })),
            }
          : null,
        assessment: found?.assessment ?? null,
        trainingsAttended: { people: attended?.people ?? 0, trainings: attended?.trainings ?? 0 },
        awareness: latest ? { share: latest.share, n: latest.n, opensOn: latest.opensOn } : null,
      };
    }),
  );
  return {
    cohort: { id: cohort.id, name: cohort.name, year: Number(cohort.year) },
    cities: progress,
  };
}
