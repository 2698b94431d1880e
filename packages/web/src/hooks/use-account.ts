import {
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import {
  createApiToken,
  fetchAccount,
  fetchApiTokens,
  revokeApiToken,
  updateAccount,
} from '../api/account.api.ts';
import type {
  AccountUpdate,
  ApiToken,
  ApiTokenInput,
  CreatedApiToken,
  User,
} from '../api/account-types.ts';
import { isLanguageCode } from '../i18n/languages.ts';
import { queryKeys } from './query-keys.ts';
import { useLanguage } from './use-language.ts';

/** My account. */
export function useAccount(): UseQueryResult<User> {
  return useQuery({ queryKey: queryKeys.account(), queryFn: ({ signal }) => fetchAccount(signal) });
}

/**
 * Changes my name, language or password. A new language also becomes the interface language;
 * the header's name follows.
 */
export function useUpdateAccount(): UseMutationResult<User, Error, AccountUpdate> {
  const queryClient = useQueryClient();
  const { setLanguage } = useLanguage();
  return useMutation({
    mutationFn: updateAccount,
    onSuccess: async (user, update) => {
      queryClient.setQueryData(queryKeys.account(), user);
      if (update.language && isLanguageCode(user.language)) setLanguage(user.language);
      await queryClient.invalidateQueries({ queryKey: queryKeys.session() });
    },
  });
}

/** My API tokens, newest first (revoked ones too). */
export function useApiTokens(): UseQueryResult<readonly ApiToken[]> {
  return useQuery({
    queryKey: queryKeys.apiTokens(),
    queryFn: ({ signal }) => fetchApiTokens(signal),
    select: (list) => list.items,
  });
}

/** Creates an API token; the result carries the token, which is never shown again. */
export function useCreateApiToken(): UseMutationResult<CreatedApiToken, Error, ApiTokenInput> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApiToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.apiTokens() }),
  });
}

/** Revokes one of my API tokens. */
export function useRevokeApiToken(): UseMutationResult<void, Error, string> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeApiToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.apiTokens() }),
  });
}
