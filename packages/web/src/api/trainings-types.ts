/**
 * Shapes of the trainings API (issue 8) as the web app reads them: a mirror of `trainingSchema`
 * in `packages/server/src/routes/capacity/capacity-views.schema.ts`.
 */

/** A participant's gender, for disaggregated counts. */
export type Gender = 'female' | 'male' | 'other' | 'undisclosed';

/** The genders, in the order they are shown. */
export const GENDERS: readonly Gender[] = ['female', 'male', 'other', 'undisclosed'];

/** A session of a training. */
export interface TrainingSession {
  readonly id: string;
  readonly title: string;
  /** ISO 8601 */
  readonly startsAt: string;
  /** ISO 8601 */
  readonly endsAt: string;
  /** How many attended, whoever they are. */
  readonly attended: number;
  /** Ids of the participants present, of those the reader may see by name. */
  readonly attendees: readonly string[];
}

/** A participant the reader may see by name. */
export interface TrainingParticipant {
  readonly id: string;
  readonly name: string;
  /** City slug; null for guests. */
  readonly city: string | null;
  /** Name of their city; null for guests. */
  readonly cityName: string | null;
  readonly role: string;
  readonly gender: Gender;
}

/** Counts anyone may see. */
export interface ParticipantSummary {
  readonly participants: number;
  /** Slug and name of each city (null for guests), most participants first. */
  readonly byCity: readonly {
    readonly city: string | null;
    readonly name: string | null;
    readonly count: number;
  }[];
  readonly byGender: Readonly<Record<Gender, number>>;
  /** 0–1; null without sessions or participants. */
  readonly attendanceRate: number | null;
}

/** A training or workshop with its sessions, participants and attendance. */
export interface TrainingDetail extends TrainingInput {
  readonly id: string;
  readonly sessions: readonly TrainingSession[];
  readonly participants: readonly TrainingParticipant[];
  readonly summary: ParticipantSummary;
}

/** A page of trainings. */
export interface TrainingsPage {
  readonly items: readonly TrainingDetail[];
  readonly total: number;
}

/** Which trainings a list shows. */
export interface TrainingsQuery {
  readonly cohort?: string | undefined;
  readonly when?: 'upcoming' | 'past' | undefined;
  readonly limit: number;
  readonly offset: number;
}

/** The body of a new training. */
export interface TrainingInput {
  /** The cohort it is for; null when open to all. */
  readonly cohortId: string | null;
  readonly kind: 'training' | 'workshop';
  readonly title: string;
  /** YYYY-MM-DD */
  readonly startsOn: string;
  /** YYYY-MM-DD */
  readonly endsOn: string;
  readonly place: string | null;
  readonly online: boolean;
  readonly organisers: readonly string[];
  /** Competency keys. */
  readonly topics: readonly string[];
  readonly materials: readonly { readonly title: string; readonly url: string }[];
}

/** The body of a new session. */
export interface SessionInput {
  readonly title: string;
  /** ISO 8601 with offset */
  readonly startsAt: string;
  /** ISO 8601 with offset */
  readonly endsAt: string;
}

/** A person to register. */
export interface ParticipantInput {
  readonly name: string;
  /** City slug; null for guests. */
  readonly city: string | null;
  readonly role: string;
  readonly gender: Gender;
}
