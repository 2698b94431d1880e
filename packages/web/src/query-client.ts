import { QueryClient } from '@tanstack/react-query';
import { isPermanentFailure } from './api/api-error.ts';

/** Five minutes, in milliseconds: framework and city data change rarely. */
const staleTimeMs = 5 * 60 * 1000;

/**
 * The app's query cache: data stays fresh for a while, 4xx answers (a missing city) are not
 * retried, and other failures are retried once before the error state shows.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: staleTimeMs,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => !isPermanentFailure(error) && failureCount < 1,
      },
    },
  });
}
