import { ValidationError } from '@frontrunner/domain';
import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2';

/** `Algorithm.Argon2id` (a const enum, which isolated modules cannot read from the typings). */
const ARGON2ID = 2 as Algorithm;

/**
 * Argon2id with the OWASP Password Storage Cheat Sheet's first option: 19 MiB of memory,
 * two passes, one lane. See docs/decisions/0002-auth.md for the measured cost of a sign-in.
 */
export const PASSWORD_HASH_OPTIONS: Readonly<Options> = Object.freeze({
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
});

/** Shortest password accepted, in characters. */
export const MIN_PASSWORD_LENGTH = 12;
/** Longest password accepted, in characters (bounds the work of hashing). */
export const MAX_PASSWORD_LENGTH = 256;

/** Hashes a password to an Argon2id PHC string. */
export async function hashPassword(password: string): Promise<string> {
  return hash(password, PASSWORD_HASH_OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a hash; with no hash (unknown email, no password yet) it checks
 * against a dummy hash of the same cost, so both answers take about as long.
 */
export async function verifyPassword(
  passwordHash: string | null,
  password: string,
): Promise<boolean> {
  if (passwordHash === null) {
    dummyHash ??= hashPassword('frontrunner-dummy-password-for-even-timing');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}

/**
 * Rules for a new password: 12 to 256 characters, and not the user's email (or its local
 * part). Throws {@link ValidationError} on the given field.
 */
export function checkNewPassword(password: string, email: string, field = 'password'): void {
  const problems: string[] = [];
  if ([...password].length < MIN_PASSWORD_LENGTH)
    problems.push(`must be at least ${MIN_PASSWORD_LENGTH} characters`);
  if ([...password].length > MAX_PASSWORD_LENGTH)
    problems.push(`must be at most ${MAX_PASSWORD_LENGTH} characters`);
  const lowered = password.trim().toLowerCase();
  const address = email.trim().toLowerCase();
  if (lowered === address || lowered === address.split('@')[0])
    problems.push('must not be your email address');
  if (problems.length > 0)
    throw new ValidationError(
      'The password is not acceptable',
      problems.map((message) => ({ field, message })),
    );
}

/** Trims and lower-cases an email: the one form stored and looked up. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
