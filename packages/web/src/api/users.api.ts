import type { InviteInput, User, UserListQuery, UserUpdate } from './account-types.ts';
import { apiGet, apiSend } from './client.ts';
import type { Page } from './types.ts';

/** Users matching `query`, by email (secretariat). */
export function fetchUsers(query: UserListQuery, signal?: AbortSignal): Promise<Page<User>> {
  return apiGet('/users', { query: { ...query }, signal });
}

/** Invites a user: the server emails a link to choose a password. 409 when the email is taken. */
export function inviteUser(input: InviteInput): Promise<User> {
  return apiSend('POST', '/users', { json: input });
}

/** Changes a user's roles, status, name or language. */
export function updateUser(id: string, update: UserUpdate): Promise<User> {
  return apiSend('PATCH', `/users/${encodeURIComponent(id)}`, { json: update });
}

/** Deactivates a user: sessions end, API tokens are revoked. */
export function deactivateUser(id: string): Promise<User> {
  return apiSend('POST', `/users/${encodeURIComponent(id)}/deactivate`);
}
