import {
  graduationRepository,
  surveyRepository,
  trainingRepository,
  type Executor,
} from '@frontrunner/db';
import { awarenessOverTime, type EvidenceKind } from '@frontrunner/domain';

/** What the platform computes for one kind of evidence; absent kinds it cannot compute. */
export type ComputedEvidence = Partial<Record<EvidenceKind, Record<string, number | null>>>;

/**
 * The evidence the platform computes for a city from its own data: priority goals chosen; data
 * coverage (distinct series with an approved value, of the series the city has any value for);
 * officials who attended a training session; the latest share aware with its n and the change
 * since the first survey.
 */
export async function computeEvidence(
  db: Executor,
  city: { id: string; priorityGoals: readonly number[] },
): Promise<ComputedEvidence> {
  const [coverage, attendance, tallies] = await Promise.all([
    graduationRepository.countCitySeries(db, city.id),
    trainingRepository.countAttendanceByCity(db, [city.id]),
    surveyRepository.listSurveyTallies(db, [city.id]),
  ]);
  const [awareness] = awarenessOverTime(
    tallies.map((t) => ({
      surveyId: t.id,
      cityId: t.city_id,
      round: t.round,
      opensOn: t.opens_on,
      responses: t.responses,
      aware: t.aware,
    })),
  );
  const latest = awareness?.points.at(-1);
  return {
    priority_goals: { count: city.priorityGoals.length },
    data_coverage: {
      series: coverage.series,
      approved: coverage.approved,
      share: coverage.series === 0 ? null : coverage.approved / coverage.series,
    },
    trainings_attended: {
      people: attendance[0]?.people ?? 0,
      trainings: attendance[0]?.trainings ?? 0,
    },
    survey_awareness: {
      share: latest?.share ?? null,
      n: latest?.n ?? 0,
      change: awareness?.change ?? null,
    },
  };
}
