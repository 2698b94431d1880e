import type {
  AccountUpdate,
  ApiToken,
  ApiTokenInput,
  CreatedApiToken,
  User,
} from './account-types.ts';
import { apiGet, apiSend } from './client.ts';
import type { ItemList } from './types.ts';

/** My account. */
export function fetchAccount(signal?: AbortSignal): Promise<User> {
  return apiGet('/account', { signal });
}

/** Changes my name, language or password (a new password needs the current one). */
export function updateAccount(update: AccountUpdate): Promise<User> {
  return apiSend('PATCH', '/account', { json: update });
}

/** My API tokens, newest first, revoked ones included. */
export function fetchApiTokens(signal?: AbortSignal): Promise<ItemList<ApiToken>> {
  return apiGet('/account/tokens', { signal });
}

/** Creates an API token; the answer carries the token, this once. */
export function createApiToken(input: ApiTokenInput): Promise<CreatedApiToken> {
  return apiSend('POST', '/account/tokens', { json: input });
}

/** Revokes one of my tokens; it stops working at once. */
export function revokeApiToken(id: string): Promise<void> {
  return apiSend('DELETE', `/account/tokens/${encodeURIComponent(id)}`);
}
