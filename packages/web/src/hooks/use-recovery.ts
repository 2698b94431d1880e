import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import type { Session } from '../api/account-types.ts';
import {
  acceptInvitation,
  confirmPasswordReset,
  requestPasswordReset,
} from '../api/session.api.ts';
import { useIdentityChanged } from './use-session.ts';

/** Asks for a reset link; succeeds whether or not the email has an account. */
export function usePasswordResetRequest(): UseMutationResult<unknown, Error, string> {
  return useMutation({ mutationFn: requestPasswordReset });
}

/** Sets a new password with a reset link's token; every session of the account ends. */
export function usePasswordResetConfirm(): UseMutationResult<
  void,
  Error,
  { token: string; password: string }
> {
  return useMutation({ mutationFn: confirmPasswordReset });
}

/** Accepts an invitation: the account becomes active and this browser is signed in. */
export function useAcceptInvitation(): UseMutationResult<
  Session,
  Error,
  { token: string; password: string; name?: string }
> {
  const identityChanged = useIdentityChanged();
  return useMutation({
    mutationFn: acceptInvitation,
    onSuccess: (session) => identityChanged(session),
  });
}
