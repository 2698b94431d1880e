/** Cities entering the programme together; `city.cohort` holds the cohort's name. */
export interface CohortTable {
  id: string;
  /** Unique and never renamed (cities refer to it by name). */
  name: string;
  year: number;
  description: string | null;
  created_at: string;
}

/** A training or workshop. */
export interface TrainingTable {
  id: string;
  cohort_id: string | null;
  kind: 'training' | 'workshop';
  title: string;
  /** ISO dates. */
  starts_on: string;
  ends_on: string;
  place: string | null;
  /** 0/1. */
  online: number;
  /** JSON array of names. */
  organisers: string;
  /** JSON array of competency keys. */
  topics: string;
  /** JSON array of `{ title, url }`. */
  materials: string;
  created_at: string;
}

/** One session of a training. */
export interface TrainingSessionTable {
  id: string;
  training_id: string;
  title: string;
  /** ISO 8601. */
  starts_at: string;
  ends_at: string;
}

/** A person registered for a training. */
export interface ParticipantTable {
  id: string;
  training_id: string;
  name: string;
  city_id: string | null;
  /** Their role in their city, e.g. "planning officer". */
  role: string;
  gender: 'female' | 'male' | 'other' | 'undisclosed';
  created_at: string;
}

/** A participant was present at a session. */
export interface AttendanceTable {
  session_id: string;
  participant_id: string;
}

/** A competency self-assessment, before or after a training. */
export interface CompetencyAssessmentTable {
  id: string;
  city_id: string;
  training_id: string | null;
  phase: 'before' | 'after';
  /** JSON object: competency key → level 1–5. */
  levels: string;
  /** ISO date. */
  assessed_on: string;
  created_at: string;
}

/** An awareness survey of a city. */
export interface SurveyTable {
  id: string;
  city_id: string;
  round: 'baseline' | 'follow_up';
  title: string;
  /** ISO date: orders the rounds in time. */
  opens_on: string;
  /** JSON array of the questions, as asked. */
  questionnaire: string;
  /** 0/1: a closed survey takes no answers. */
  closed: number;
  created_at: string;
}

/** An invitation code of a survey: only its hash, and whether it was used (no time). */
export interface SurveyCodeTable {
  /** SHA-256 hex of the code. */
  code_hash: string;
  survey_id: string;
  /** 0/1. */
  used: number;
}

/** One anonymous answer sheet: no code, no person, no time. */
export interface SurveyResponseTable {
  id: string;
  survey_id: string;
  /** JSON object: question key → answer. */
  answers: string;
  /** 0/1, by the rule of the questionnaire. */
  aware: number;
}

/** One version of the graduation rubric. */
export interface RubricVersionTable {
  version: number;
  /** JSON: the domain `Rubric` without its version. */
  rubric: string;
  created_at: string;
}

/** A city's graduation assessment against one rubric version. */
export interface GraduationAssessmentTable {
  id: string;
  city_id: string;
  rubric_version: number;
  from_stage: string;
  target_stage: 'model_city' | 'frontrunner';
  status: 'draft' | 'submitted' | 'decided';
  /** JSON array of criterion entries (self level, evidence, computed evidence, review). */
  criteria: string;
  decision: 'graduated' | 'not_yet' | null;
  decision_comment: string | null;
  created_at: string;
  updated_at: string;
  decided_at: string | null;
}

/** A certificate issued: of attendance (a participant) or of graduation (a city). */
export interface CertificateTable {
  id: string;
  kind: 'attendance' | 'graduation';
  city_id: string | null;
  participant_id: string | null;
  assessment_id: string | null;
  title: string;
  issued_at: string;
}
