import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import type { InviteInput, User, UserListQuery, UserUpdate } from '../api/account-types.ts';
import type { Page } from '../api/types.ts';
import { deactivateUser, fetchUsers, inviteUser, updateUser } from '../api/users.api.ts';
import { queryKeys } from './query-keys.ts';

/** One page of users; the previous page stays on screen while the next loads. */
export function useUsers(query: UserListQuery): UseQueryResult<Page<User>> {
  return useQuery({
    queryKey: queryKeys.users(query),
    queryFn: ({ signal }) => fetchUsers(query, signal),
    placeholderData: keepPreviousData,
  });
}

/** After any change to a user, every user list may be stale. */
function useUsersChanged(): () => Promise<void> {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['users'] });
}

/** Invites a user (an email with a link to choose a password goes out). */
export function useInviteUser(): UseMutationResult<User, Error, InviteInput> {
  const changed = useUsersChanged();
  return useMutation({ mutationFn: inviteUser, onSuccess: changed });
}

/** Changes a user's roles, status, name or language. */
export function useUpdateUser(): UseMutationResult<
  User,
  Error,
  { id: string; update: UserUpdate }
> {
  const changed = useUsersChanged();
  return useMutation({
    mutationFn: ({ id, update }) => updateUser(id, update),
    onSuccess: changed,
  });
}

/** Deactivates a user: their sessions end and their tokens are revoked. */
export function useDeactivateUser(): UseMutationResult<User, Error, string> {
  const changed = useUsersChanged();
  return useMutation({ mutationFn: deactivateUser, onSuccess: changed });
}
