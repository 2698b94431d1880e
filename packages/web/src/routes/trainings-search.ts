/** Trainings shown per page of the list. */
export const trainingsPageSize = 10;

/** The trainings list's filters as kept in the URL (`/trainings?when=past&page=2`). */
export interface TrainingsSearch {
  /** Cohort id */
  readonly cohort?: string;
  readonly when?: 'upcoming' | 'past';
  /** 1-based */
  readonly page?: number;
}

/**
 * Reads the trainings list's filters from raw URL values, dropping anything malformed.
 *
 * @example
 * parseTrainingsSearch({ when: 'past', page: '2', cohort: 12 }) // { when: 'past', page: 2 }
 */
export function parseTrainingsSearch(raw: Record<string, unknown>): TrainingsSearch {
  const cohort =
    typeof raw.cohort === 'string' && /^[A-Za-z0-9-]{1,64}$/.test(raw.cohort)
      ? raw.cohort
      : undefined;
  const when = raw.when === 'upcoming' || raw.when === 'past' ? raw.when : undefined;
  const page = Number(raw.page);
  return {
    ...(cohort ? { cohort } : {}),
    ...(when ? { when } : {}),
    ...(Number.isInteger(page) && page > 1 && page <= 10_000 ? { page } : {}),
  };
}
