/** The readable cookie in which the server hands the CSRF token of the session to the app. */
export const CSRF_COOKIE = 'fr_csrf';

/** The header every unsafe request of a cookie session must carry the token in. */
export const CSRF_HEADER = 'x-csrf-token';

/**
 * The CSRF token from a `document.cookie` string, or undefined without a session. Read at each
 * request, so a session that rotated (sign-in, invitation accepted) needs no extra step.
 *
 * @example
 * readCsrfToken('theme=dark; fr_csrf=abc123') // 'abc123'
 */
export function readCsrfToken(cookies: string): string | undefined {
  for (const part of cookies.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() !== CSRF_COOKIE) continue;
    const value = decodeURIComponent(part.slice(eq + 1).trim());
    return value === '' ? undefined : value;
  }
  return undefined;
}

/** Methods that change data: they carry the CSRF token. */
export function isUnsafeMethod(method: string): boolean {
  return !['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase());
}
