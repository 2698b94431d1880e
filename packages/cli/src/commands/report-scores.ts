import type { Executor } from '@frontrunner/db';
import { reportService, type Clock } from '@frontrunner/services';

/** The scores a report shows: the stored scores under the current codebook version. */
export function scoresPortFor(db: Executor, clock: Clock): reportService.ReportScoresPort {
  return reportService.storedScores(db, clock);
}
