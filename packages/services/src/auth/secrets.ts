import { createHash, randomBytes } from 'node:crypto';

/** Prefix of API tokens, so that a leaked one is recognisable (e.g. by secret scanners). */
export const API_TOKEN_PREFIX = 'fr_';

/** A new random secret: 32 bytes, base64url (43 characters). */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The hex SHA-256 of a secret: what the database keeps of session, one-time and API tokens.
 * A plain hash suffices because the secrets are 256 random bits, not guessable passwords.
 */
export function sha256(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/**
 * The CSRF token of a session: derived from the session token, so it needs no storage, is
 * bound to the session (a cookie planted by another site cannot match it) and changes when
 * the session rotates.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHash('sha256').update(`frontrunner-csrf\0${sessionToken}`).digest('base64url');
}
