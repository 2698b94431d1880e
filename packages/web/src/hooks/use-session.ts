import {
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import type { Session } from '../api/account-types.ts';
import { fetchSession, signIn, signOut, signOutEverywhere } from '../api/session.api.ts';
import { isLanguageCode } from '../i18n/languages.ts';
import { queryKeys } from './query-keys.ts';
import { useLanguage } from './use-language.ts';

/** One minute: the session's idle expiry moves forward with use, so re-ask now and then. */
const sessionStaleMs = 60 * 1000;

/** Who is signed in (anonymous when no one), the CSRF token and whether the server runs a demo. */
export function useSession(): UseQueryResult<Session> {
  return useQuery({
    queryKey: queryKeys.session(),
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: sessionStaleMs,
    refetchOnWindowFocus: true,
  });
}

/**
 * What to do when who the browser acts as changes: every cached answer may differ now (drafts
 * seen or not, pages allowed or not), so reset them all; active queries fetch again.
 */
export function useIdentityChanged(): (session?: Session) => Promise<void> {
  const queryClient = useQueryClient();
  return async (session) => {
    await queryClient.resetQueries();
    if (session) queryClient.setQueryData(queryKeys.session(), session);
  };
}

/** Signs in; on success switches the interface to the user's language and refreshes all data. */
export function useSignIn(): UseMutationResult<
  Session,
  Error,
  { email: string; password: string }
> {
  const identityChanged = useIdentityChanged();
  const { setLanguage } = useLanguage();
  return useMutation({
    mutationFn: signIn,
    onSuccess: async (session) => {
      const language = session.user?.language;
      if (isLanguageCode(language)) setLanguage(language);
      await identityChanged(session);
    },
  });
}

/** Signs out of this browser. */
export function useSignOut(): UseMutationResult<void, Error, void> {
  const identityChanged = useIdentityChanged();
  return useMutation({
    mutationFn: signOut,
    onSettled: () => identityChanged(),
  });
}

/** Signs out of every browser, this one included. */
export function useSignOutEverywhere(): UseMutationResult<{ sessionsEnded: number }, Error, void> {
  const identityChanged = useIdentityChanged();
  return useMutation({
    mutationFn: signOutEverywhere,
    onSuccess: () => identityChanged(),
  });
}
