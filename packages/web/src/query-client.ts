import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isPermanentFailure } from './api/api-error.ts';
import { failureKind } from './lib/field-errors.ts';

/** Five minutes, in milliseconds: framework and city data change rarely. */
const staleTimeMs = 5 * 60 * 1000;

/**
 * The app's query cache: data stays fresh for a while, 4xx answers (a missing city) are not
 * retried, and other failures are retried once before the error state shows. When a request
 * finds the session over (401, or a CSRF token that no longer matches), "who am I" is asked
 * again, so the header and the pages stop acting as if someone were signed in.
 */
export function createQueryClient(): QueryClient {
  const sessionCheck = (error: unknown) => {
    if (failureKind(error) === 'signed-out') {
      void queryClient.invalidateQueries({ queryKey: ['session'] });
    }
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: sessionCheck }),
    mutationCache: new MutationCache({ onError: sessionCheck }),
    defaultOptions: {
      queries: {
        staleTime: staleTimeMs,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => !isPermanentFailure(error) && failureCount < 1,
      },
    },
  });
  return queryClient;
}
