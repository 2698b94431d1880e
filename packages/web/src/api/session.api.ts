import type { Session } from './account-types.ts';
import { apiGet, apiSend } from './client.ts';

/** Who is signed in, with the CSRF token and the demo flag. */
export function fetchSession(signal?: AbortSignal): Promise<Session> {
  return apiGet('/session', { signal });
}

/** Signs in; the server sets the session cookies. Rejects with 401 for a wrong pair, 429 when locked. */
export function signIn(credentials: { email: string; password: string }): Promise<Session> {
  return apiSend('POST', '/session', { json: credentials });
}

/** Signs out of this browser. */
export function signOut(): Promise<void> {
  return apiSend('DELETE', '/session');
}

/** Signs out of every browser, this one included. */
export function signOutEverywhere(): Promise<{ sessionsEnded: number }> {
  return apiSend('POST', '/session/sign-out-everywhere');
}

/** Asks for a reset link by email; the answer is the same whether the account exists or not. */
export function requestPasswordReset(email: string): Promise<{ status: 'accepted' }> {
  return apiSend('POST', '/password-reset', { json: { email } });
}

/** Sets a new password with the token of a reset link. */
export function confirmPasswordReset(input: { token: string; password: string }): Promise<void> {
  return apiSend('POST', '/password-reset/confirm', { json: input });
}

/** Accepts an invitation: chooses a password and signs in. */
export function acceptInvitation(input: {
  token: string;
  password: string;
  name?: string;
}): Promise<Session> {
  return apiSend('POST', '/invitations/accept', { json: input });
}
