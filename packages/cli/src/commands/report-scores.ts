import type { Executor } from '@frontrunner/db';
import { reportService, type Clock } from '@frontrunner/services';

/**
 * The scores a report shows. Stored scores are not wired in yet: reports say so on the
 * dashboard (see the report's "not available yet" note).
 */
export function scoresPortFor(_db: Executor, _clock: Clock): reportService.ReportScoresPort {
  return reportService.NO_SCORES;
}
