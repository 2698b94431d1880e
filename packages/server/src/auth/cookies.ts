import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyReply } from 'fastify';

/** The HttpOnly cookie holding the session token. */
export const SESSION_COOKIE = 'fr_session';
/** The readable cookie holding the CSRF token, for the web app to send back in `x-csrf-token`. */
export const CSRF_COOKIE = 'fr_csrf';
/** The header that must carry the CSRF token on unsafe requests of a cookie session. */
export const CSRF_HEADER = 'x-csrf-token';

/** How cookies are written. */
export interface CookieSettings {
  /** Add `Secure` (behind TLS). */
  readonly secure: boolean;
}

function options(
  settings: CookieSettings,
  httpOnly: boolean,
  expires?: Date,
): CookieSerializeOptions {
  return {
    path: '/',
    sameSite: 'lax',
    secure: settings.secure,
    httpOnly,
    ...(expires ? { expires } : {}),
  };
}

/** Sets the session and CSRF cookies of a new session, until its absolute expiry. */
export function setSessionCookies(
  reply: FastifyReply,
  settings: CookieSettings,
  session: { token: string; csrfToken: string; absoluteExpiresAt: string },
): void {
  const expires = new Date(session.absoluteExpiresAt);
  reply.setCookie(SESSION_COOKIE, session.token, options(settings, true, expires));
  reply.setCookie(CSRF_COOKIE, session.csrfToken, options(settings, false, expires));
}

/** Removes both cookies. */
export function clearSessionCookies(reply: FastifyReply, settings: CookieSettings): void {
  reply.clearCookie(SESSION_COOKIE, options(settings, true));
  reply.clearCookie(CSRF_COOKIE, options(settings, false));
}
