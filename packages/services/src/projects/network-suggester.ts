import type { Executor } from '@frontrunner/db';
import {
  countryScope,
  suggestLinkedTargets,
  type RunOptions,
  type SuggestionsView,
} from '../interlinkages/index';

/** What the projects service asks the interlinkage network: a project's primary targets. */
export interface NetworkRequest {
  /** The project's primary targets (never empty: the service does not ask without one). */
  readonly targets: readonly string[];
  /** ISO3 of the project's country: its network is the one asked (METHODS §5–6). */
  readonly country: string;
}

/**
 * The seam to the interlinkage network: given a project's primary targets and country, the
 * targets linked to them, data-derived and curated apart; null when there is no network.
 */
export type NetworkSuggester = (
  db: Executor,
  request: NetworkRequest,
) => Promise<SuggestionsView | null>;

/** No network: no linked-target suggestions (the API says `network.available: false`). */
export const NO_NETWORK: NetworkSuggester = async () => null;

/**
 * The adapter over the interlinkages service: the project's country network (computed and
 * stored on first read for the current approved data), with the curated links listed apart.
 * @example projectSuggestions(db, ctx, id, { network: interlinkageNetwork({ clock }) })
 */
export function interlinkageNetwork(options: RunOptions): NetworkSuggester {
  return (db, request) =>
    suggestLinkedTargets(
      db,
      { targets: request.targets, scope: countryScope(request.country) },
      options,
    );
}
