import type { CohortView, ReadableTraining, SurveyView } from '@frontrunner/services';
import type { AwarenessPoint, CompetencyChange } from '@frontrunner/domain';

/** A cohort for the API: its cities by slug, never by internal id. */
export function presentCohort(c: CohortView) {
  return {
    id: c.id,
    name: c.name,
    year: c.year,
    description: c.description,
    cities: c.cities.map((x) => ({
      slug: x.slug,
      name: x.name,
      country: x.country,
      stage: x.stage,
    })),
  };
}

/**
 * A training as its reader may see it: counts for everyone; names, and who attended which
 * session, only of the participants the reader may see (see `trainingForReader`).
 */
export function presentTraining(t: ReadableTraining) {
  return {
    id: t.id,
    cohortId: t.cohortId,
    kind: t.kind,
    title: t.title,
    startsOn: t.startsOn,
    endsOn: t.endsOn,
    place: t.place,
    online: t.online,
    organisers: [...t.organisers],
    topics: [...t.topics],
    materials: t.materials.map((m) => ({ title: m.title, url: m.url })),
    sessions: t.sessions.map((s) => ({
      id: s.id,
      title: s.title,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      attended: s.attended,
      attendees: [...s.attendees],
    })),
    participants: t.participants.map((p) => ({
      id: p.id,
      name: p.name,
      city: p.city,
      cityName: p.cityName,
      role: p.role,
      gender: p.gender,
    })),
    summary: {
      participants: t.summary.participants,
      byCity: t.summary.byCity.map((c) => ({ city: c.city, name: c.name, count: c.count })),
      byGender: { ...t.summary.byGender },
      attendanceRate: t.summary.attendanceRate,
    },
  };
}

/** The change of one competency. */
export function presentCompetencyChange(c: CompetencyChange) {
  return {
    competency: c.competency,
    before: c.before,
    after: c.after,
    change: c.change,
    nBefore: c.nBefore,
    nAfter: c.nAfter,
  };
}

/** A survey and its questions: no code, no answer sheet, the city by slug. */
export function presentSurvey(s: SurveyView) {
  return {
    id: s.id,
    city: s.city,
    round: s.round,
    title: s.title,
    opensOn: s.opensOn,
    closed: s.closed,
    questions: s.questions.map((q) => ({
      key: q.key,
      text: q.text,
      kind: q.kind,
      ...(q.options ? { options: [...q.options] } : {}),
      ...(q.optional !== undefined ? { optional: q.optional } : {}),
    })),
  };
}

/** A city's awareness over time: aggregates only, without the internal city id. */
export function presentAwareness(a: {
  points: readonly (AwarenessPoint & { title: string; closed: boolean })[];
  change: number | null;
}) {
  return {
    points: a.points.map((p) => ({
      surveyId: p.surveyId,
      title: p.title,
      round: p.round,
      opensOn: p.opensOn,
      closed: p.closed,
      n: p.n,
      count: p.count,
      share: p.share,
      low: p.low,
      high: p.high,
    })),
    change: a.change,
  };
}
