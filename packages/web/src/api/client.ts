import { CSRF_HEADER, isUnsafeMethod, readCsrfToken } from '../lib/csrf.ts';
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

/** A method that changes data. */
export type UnsafeMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Options of one call that changes data. */
export interface ApiSendOptions extends ApiGetOptions {
  /** Sent as JSON. */
  readonly json?: unknown;
  /** Sent as it is (an uploaded file), with its media type. */
  readonly raw?: { readonly body: Blob; readonly contentType: string };
}

/**
 * GETs an API path and returns its JSON body.
 *
 * @throws ApiError with the server's code and message on any 4xx/5xx, `NETWORK_ERROR` when
 *   no response arrived.
 */
export function apiGet<T>(path: string, options: ApiGetOptions = {}): Promise<T> {
  return request<T>('GET', path, options);
}

/**
 * Sends a change (POST, PUT, PATCH, DELETE) and returns the JSON answer, or undefined for a
 * 204. Every such request carries the session's CSRF token in `x-csrf-token` (read from the
 * `fr_csrf` cookie at the time of the request), as the server requires of cookie sessions.
 *
 * @throws ApiError as {@link apiGet} does.
 */
export function apiSend<T>(
  method: UnsafeMethod,
  path: string,
  options: ApiSendOptions = {},
): Promise<T> {
  return request<T>(method, path, options);
}

function requestHeaders(method: string, options: ApiSendOptions): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.json !== undefined) headers['content-type'] = 'application/json';
  if (options.raw) headers['content-type'] = options.raw.contentType;
  if (isUnsafeMethod(method)) {
    const token = typeof document === 'undefined' ? undefined : readCsrfToken(document.cookie);
    if (token) headers[CSRF_HEADER] = token;
  }
  return headers;
}

async function request<T>(method: string, path: string, options: ApiSendOptions): Promise<T> {
  const { query, signal, json, raw } = options;
  let response: Response;
  try {
    response = await fetch(apiUrl(path, query), {
      method,
      headers: requestHeaders(method, options),
      body: raw ? raw.body : json === undefined ? null : JSON.stringify(json),
      signal: signal ?? null,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(0, 'NETWORK_ERROR', 'The server could not be reached');
  }
  if (response.status === 204) return undefined as T;
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw toApiError(response.status, body);
  if (body === undefined) {
    throw new ApiError(response.status, 'UNEXPECTED_RESPONSE', 'The server sent no JSON');
  }
  return body as T;
}
