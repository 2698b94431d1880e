import { ApiError, toApiError } from './api-error.ts';

/** Query parameters; `undefined`, `null` and empty strings are left out of the URL. */
export type QueryParams = Readonly<Record<string, string | number | null | undefined>>;

/** Where every API call goes: same origin as the app. */
export const apiBase = '/api/v1';

/**
 * Builds the URL of an API path with its query string.
 *
 * @example
 * apiUrl('/cities', { q: 'hue', country: undefined, limit: 20 }) // '/api/v1/cities?q=hue&limit=20'
 */
export function apiUrl(path: string, query: QueryParams = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const qs = search.toString();
  return `${apiBase}${path}${qs ? `?${qs}` : ''}`;
}

/** Options of one GET call. */
export interface ApiGetOptions {
  readonly query?: QueryParams;
  /** Cancels the request (TanStack Query passes one). */
  readonly signal?: AbortSignal;
}

/**
 * GETs an API path and returns its JSON body.
 *
 * @throws ApiError with the server's code and message on any 4xx/5xx, `NETWORK_ERROR` when
 *   no response arrived.
 */
export async function apiGet<T>(path: string, { query, signal }: ApiGetOptions = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path, query), {
      headers: { accept: 'application/json' },
      signal: signal ?? null,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(0, 'NETWORK_ERROR', 'The server could not be reached');
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw toApiError(response.status, body);
  if (body === undefined) {
    throw new ApiError(response.status, 'UNEXPECTED_RESPONSE', 'The server sent no JSON');
  }
  return body as T;
}
