import { requiredProblem } from '../errors';
/** A survey round: the first survey of a city, or one after trainings and outreach. */
export type SurveyRound = 'baseline' | 'follow_up';

/** A question of the awareness questionnaire. */
export interface SurveyQuestion {
  readonly key: string;
  readonly text: string;
  /** `yes_no` answers "yes"/"no"; `scale` 1–5; `choice` one of `options`. */
  readonly kind: 'yes_no' | 'scale' | 'choice';
  readonly options?: readonly string[] | undefined;
  /** May be left unanswered. */
  readonly optional?: boolean | undefined;
}

/** An answer sheet: question key → "yes"/"no", 1–5, or an option. */
export type SurveyAnswers = Readonly<Record<string, string | number>>;

/**
 * The awareness questionnaire every city survey uses (so that rounds and cities compare). A
 * respondent is aware when they have heard of the SDGs AND rate their understanding of what
 * they mean for the city at 3 or more of 5 ({@link isAware}).
 */
export const AWARENESS_QUESTIONNAIRE: readonly SurveyQuestion[] = [
  {
    key: 'heard_of_sdgs',
    text: 'Have you heard of the Sustainable Development Goals?',
    kind: 'yes_no',
  },
  {
    key: 'understanding',
    text: 'How well do you understand what the SDGs mean for your city? (1 not at all – 5 very well)',
    kind: 'scale',
  },
  {
    key: 'knows_city_priorities',
    text: 'Do you know which goals your city has chosen as priorities?',
    kind: 'yes_no',
  },
  {
    key: 'group',
    text: 'Which group do you belong to?',
    kind: 'choice',
    options: ['resident', 'business', 'civil_society', 'government', 'academia', 'other'],
    optional: true,
  },
];

/** Problems with an answer sheet against a questionnaire: field `answers.<key>`. */
export function checkAnswers(
  questions: readonly SurveyQuestion[],
  answers: SurveyAnswers,
): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const known = new Set(questions.map((q) => q.key));
  for (const key of Object.keys(answers))
    if (!known.has(key)) problems.push({ field: `answers.${key}`, message: 'is not a question' });
  for (const q of questions) {
    const a = answers[q.key];
    const field = `answers.${q.key}`;
    if (a === undefined) {
      if (!q.optional) problems.push(requiredProblem(field));
    } else if (q.kind === 'yes_no' && a !== 'yes' && a !== 'no')
      problems.push({ field, message: 'must be "yes" or "no"' });
    else if (q.kind === 'scale' && !(Number.isInteger(a) && Number(a) >= 1 && Number(a) <= 5))
      problems.push({ field, message: 'must be a whole number 1–5' });
    else if (q.kind === 'choice' && !(q.options ?? []).includes(String(a)))
      problems.push({ field, message: `must be one of ${(q.options ?? []).join(', ')}` });
  }
  return problems;
}

/** Whether an answer sheet counts as aware (see {@link AWARENESS_QUESTIONNAIRE}). */
export function isAware(answers: SurveyAnswers): boolean {
  return answers.heard_of_sdgs === 'yes' && Number(answers.understanding) >= 3;
}

/** A proportion with its Wilson score interval. */
export interface Proportion {
  /** Respondents. */
  readonly n: number;
  /** Respondents counted (aware). */
  readonly count: number;
  /** count / n, 0–1; null when n is 0. */
  readonly share: number | null;
  /** Wilson 95% interval, 0–1; null when n is 0. */
  readonly low: number | null;
  readonly high: number | null;
}

/**
 * A share with its Wilson score interval (z = 1.96 for 95%): honest for small samples and
 * shares near 0 or 1, where the normal approximation leaves [0, 1].
 * @example proportion(8, 10) // share 0.8, low ≈ 0.490, high ≈ 0.943
 */
export function proportion(count: number, n: number, z = 1.959964): Proportion {
  if (n === 0) return { n, count, share: null, low: null, high: null };
  const p = count / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { n, count, share: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** One survey's tally, as stored: how many answered and how many of them were aware. */
export interface SurveyTally {
  readonly surveyId: string;
  readonly cityId: string;
  readonly round: SurveyRound;
  /** ISO date the survey opened: orders rounds in time. */
  readonly opensOn: string;
  readonly responses: number;
  readonly aware: number;
}

/** The share aware of one survey of a city, in time order. */
export type AwarenessPoint = Omit<SurveyTally, 'responses' | 'aware'> & Proportion;

/**
 * The share aware per city and survey, over time (oldest first per city), each with n and its
 * Wilson interval; `change` is the last minus the first share, in points 0–1, when both exist.
 */
export function awarenessOverTime(
  tallies: readonly SurveyTally[],
): { cityId: string; points: AwarenessPoint[]; change: number | null }[] {
  const byCity = new Map<string, AwarenessPoint[]>();
  for (const t of tallies) {
    const { responses, aware, ...rest } = t;
    const points = byCity.get(t.cityId) ?? [];
    points.push({ ...rest, ...proportion(aware, responses) });
    byCity.set(t.cityId, points);
  }
  return [...byCity].map(([cityId, points]) => {
    points.sort((a, b) => a.opensOn.localeCompare(b.opensOn));
    const shares = points.map((p) => p.share).filter((s): s is number => s !== null);
    const first = shares[0];
    const last = shares.at(-1);
    const change =
      shares.length >= 2 && first !== undefined && last !== undefined ? last - first : null;
    return { cityId, points, change };
  });
}
