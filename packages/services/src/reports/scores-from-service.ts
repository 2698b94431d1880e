import { NotFoundError } from '@frontrunner/domain';
import type { Executor } from '@frontrunner/db';
import type { Clock } from '../clock';
import { getAseanScores, getCityScores, getCountryScores } from '../scoring/scores.service';
import type { ReportScoresPort } from './scores-port';

const orUndefined = async <T>(read: () => Promise<T>): Promise<T | undefined> => {
  try {
    return await read();
  } catch (error) {
    // No codebook or no stored scores yet: the dashboard says it is not available.
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
};

/** The stored scores (current codebook version), as a report reads them. */
export function storedScores(db: Executor, clock: Clock): ReportScoresPort {
  return {
    city: (slug) => orUndefined(() => getCityScores(db, slug, {}, clock)),
    country: (iso3) => orUndefined(() => getCountryScores(db, iso3, {}, clock)),
    asean: () => orUndefined(() => getAseanScores(db, {}, clock)),
  };
}
