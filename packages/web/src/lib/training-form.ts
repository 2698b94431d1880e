import type {
  SessionInput,
  TrainingDetail,
  TrainingInput,
  TrainingParticipant,
} from '../api/trainings-types.ts';

/** What the new-training form holds: text as typed, converted on submit. */
export interface TrainingDraft {
  readonly cohortId: string;
  readonly kind: 'training' | 'workshop';
  readonly title: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly place: string;
  readonly online: boolean;
  /** One organiser a line. */
  readonly organisers: string;
  readonly topics: readonly string[];
  /** One material a line: `Title | https://…`, or a bare link. */
  readonly materials: string;
}

/** An empty draft: a training of no cohort. */
export const emptyTrainingDraft: TrainingDraft = {
  cohortId: '',
  kind: 'training',
  title: '',
  startsOn: '',
  endsOn: '',
  place: '',
  online: false,
  organisers: '',
  topics: [],
  materials: '',
};

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * A material line as title and link: `Title | URL`, or the link alone as its own title.
 *
 * @example
 * parseMaterial('Slides | https://x.org/s.pdf') // { title: 'Slides', url: 'https://x.org/s.pdf' }
 */
export function parseMaterial(line: string): { title: string; url: string } {
  const bar = line.lastIndexOf('|');
  if (bar < 0) return { title: line.trim(), url: line.trim() };
  const title = line.slice(0, bar).trim();
  const url = line.slice(bar + 1).trim();
  return { title: title || url, url };
}

/**
 * The request body of a draft. The API validates (dates, place unless online, links) and its
 * messages show by field.
 *
 * @example
 * toTrainingInput({ ...emptyTrainingDraft, organisers: 'A\n\n B ' }).organisers // ['A', 'B']
 */
export function toTrainingInput(draft: TrainingDraft): TrainingInput {
  return {
    cohortId: draft.cohortId || null,
    kind: draft.kind,
    title: draft.title.trim(),
    startsOn: draft.startsOn,
    endsOn: draft.endsOn,
    place: draft.place.trim() || null,
    online: draft.online,
    organisers: lines(draft.organisers),
    topics: draft.topics,
    materials: lines(draft.materials).map(parseMaterial),
  };
}

/** The add-session form: local date-times as the browser's inputs give them. */
export interface SessionDraft {
  readonly title: string;
  /** `YYYY-MM-DDTHH:mm`, local time */
  readonly startsAt: string;
  /** `YYYY-MM-DDTHH:mm`, local time */
  readonly endsAt: string;
}

/** A local date-time as ISO 8601 in UTC; unchanged when it is not one, so the API names it. */
export function localToIso(local: string): string {
  const date = new Date(local);
  return local === '' || Number.isNaN(date.getTime()) ? local : date.toISOString();
}

/** The request body of a session draft. */
export function toSessionInput(draft: SessionDraft): SessionInput {
  return {
    title: draft.title.trim(),
    startsAt: localToIso(draft.startsAt),
    endsAt: localToIso(draft.endsAt),
  };
}

/** How many sessions of a training a participant attended. */
export function sessionsAttended(training: TrainingDetail, participantId: string): number {
  return training.sessions.filter((s) => s.attendees.includes(participantId)).length;
}

/** The participants who may get a certificate: those who attended at least one session. */
export function certificateHolders(training: TrainingDetail): readonly TrainingParticipant[] {
  return training.participants.filter((p) => sessionsAttended(training, p.id) > 0);
}

/** Whether a training is over by `today` (YYYY-MM-DD). */
export function isPast(training: Pick<TrainingDetail, 'endsOn'>, today: string): boolean {
  return training.endsOn < today;
}

/**
 * A session's attendance after ticking or unticking one participant: what to send the API.
 *
 * @example
 * toggleAttendee(['a', 'b'], 'a', false) // ['b']
 */
export function toggleAttendee(
  attendees: readonly string[],
  participantId: string,
  present: boolean,
): string[] {
  const rest = attendees.filter((id) => id !== participantId);
  return present ? [...rest, participantId] : rest;
}

/** Why a draft cannot be sent yet: i18n keys under `trainings.problems`, by field. */
export type DraftProblems = ReadonlyMap<string, readonly TrainingProblem[]>;

/** A problem the form finds before asking the API. */
export type TrainingProblem = 'titleMissing' | 'dateMissing' | 'endsBeforeStart' | 'placeMissing';

/**
 * What the new-training form can tell before sending: a title, both days, the last not before
 * the first, a place unless online. Empty when the draft may be sent (the API checks again).
 *
 * @example
 * checkTrainingDraft(emptyTrainingDraft).get('title') // ['titleMissing']
 */
export function checkTrainingDraft(draft: TrainingDraft): DraftProblems {
  const problems = new Map<string, TrainingProblem[]>();
  const add = (field: string, problem: TrainingProblem) =>
    problems.set(field, [...(problems.get(field) ?? []), problem]);
  if (!draft.title.trim()) add('title', 'titleMissing');
  if (!draft.startsOn) add('startsOn', 'dateMissing');
  if (!draft.endsOn) add('endsOn', 'dateMissing');
  if (draft.startsOn && draft.endsOn && draft.endsOn < draft.startsOn)
    add('endsOn', 'endsBeforeStart');
  if (!draft.online && !draft.place.trim()) add('place', 'placeMissing');
  return problems;
}
