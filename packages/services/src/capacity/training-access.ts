import type { Actor } from '../access/actor';
import { isAllowed, type Resource } from '../access/policy';
import type { TrainingParticipant, TrainingView } from './training.service';

/** The four genders a participant may give. */
export const GENDERS = ['female', 'male', 'other', 'undisclosed'] as const;

/** Counts anyone may see of a training's participants: never a name. */
export interface ParticipantSummary {
  /** Everyone registered. */
  participants: number;
  /** Participants per city (slug; null for guests), most first, then by slug. */
  byCity: { city: string | null; name: string | null; count: number }[];
  /** Participants per gender. */
  byGender: Record<(typeof GENDERS)[number], number>;
  /** Attendance marks ÷ (participants × sessions), 0–1; null without sessions or participants. */
  attendanceRate: number | null;
}

/** A training as one reader may see it: names only of the participants they may see. */
export interface ReadableTraining extends Omit<TrainingView, 'sessions'> {
  sessions: (TrainingView['sessions'][number] & {
    /** How many attended, whoever they are. */
    attended: number;
  })[];
  summary: ParticipantSummary;
}

/** The resource a participant's personal data belongs to: their city, or none for guests. */
export function participantResource(p: TrainingParticipant): Resource {
  // A guest has no city: only a role of reach `all` (the secretariat) covers an empty resource.
  return p.cityId === null ? {} : { cityId: p.cityId, country: p.country ?? undefined };
}

/**
 * Whether an actor may see a participant's name and download their certificate: the secretariat,
 * the focal point of their city's country and their city's team (`training.read_participants`).
 */
export function canSeeParticipant(actor: Actor, p: TrainingParticipant): boolean {
  return isAllowed(actor, 'training.read_participants', participantResource(p));
}

/** The counts of a training's participants and attendance (no names). */
export function summariseParticipants(t: TrainingView): ParticipantSummary {
  const byCity = new Map<string | null, { name: string | null; count: number }>();
  const byGender = { female: 0, male: 0, other: 0, undisclosed: 0 };
  for (const p of t.participants) {
    byCity.set(p.city, { name: p.cityName, count: (byCity.get(p.city)?.count ?? 0) + 1 });
    byGender[p.gender] += 1;
  }
  const known = new Set(t.participants.map((p) => p.id));
  const marks = t.sessions.reduce((n, s) => n + s.attendees.filter((a) => known.has(a)).length, 0);
  const possible = t.participants.length * t.sessions.length;
  return {
    participants: t.participants.length,
    byCity: [...byCity]
      .map(([city, { name, count }]) => ({ city, name, count }))
      .sort((a, b) => b.count - a.count || (a.city ?? '\uffff').localeCompare(b.city ?? '\uffff')),
    byGender,
    attendanceRate: possible === 0 ? null : marks / possible,
  };
}

/**
 * A training for one reader: everyone gets the counts; names, and who attended which session,
 * only of the participants the reader may see.
 */
export function trainingForReader(actor: Actor, t: TrainingView): ReadableTraining {
  const visible = t.participants.filter((p) => canSeeParticipant(actor, p));
  const ids = new Set(visible.map((p) => p.id));
  return {
    ...t,
    participants: visible,
    sessions: t.sessions.map((s) => ({
      ...s,
      attended: s.attendees.length,
      attendees: s.attendees.filter((a) => ids.has(a)),
    })),
    summary: summariseParticipants(t),
  };
}
