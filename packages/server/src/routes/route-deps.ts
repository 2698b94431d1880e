import type { Executor } from '@frontrunner/db';

/** What every route plugin is built with. */
export interface RouteDeps {
  readonly db: Executor;
}
