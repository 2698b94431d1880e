import { useNavigate } from '@tanstack/react-router';
import { useSignOut } from './use-session.ts';

/** Signing out from the header: end the session, then go home (private pages would ask to sign in). */
export function useSignOutAction(): { readonly signOut: () => void; readonly pending: boolean } {
  const mutation = useSignOut();
  const navigate = useNavigate();
  return {
    signOut: () => mutation.mutate(undefined, { onSettled: () => void navigate({ to: '/' }) }),
    pending: mutation.isPending,
  };
}
