/** Fewest characters of a new password (the server's rule; it checks again). */
export const MIN_PASSWORD_LENGTH = 12;
/** Most characters of a new password. */
export const MAX_PASSWORD_LENGTH = 256;

/** What is wrong with a new password as typed, before asking the server. */
export interface NewPasswordProblems {
  readonly password?: 'too-short' | 'too-long';
  readonly confirmation?: 'mismatch';
}

/**
 * Checks a new password and its repetition as the user types: length (in characters, not
 * bytes: Khmer, Lao and Burmese take several bytes each) and that both match.
 *
 * @example
 * checkNewPassword('short', 'short') // { password: 'too-short' }
 */
export function checkNewPassword(password: string, confirmation: string): NewPasswordProblems {
  const length = [...password].length;
  return {
    ...(length < MIN_PASSWORD_LENGTH ? { password: 'too-short' as const } : {}),
    ...(length > MAX_PASSWORD_LENGTH ? { password: 'too-long' as const } : {}),
    ...(confirmation !== password ? { confirmation: 'mismatch' as const } : {}),
  };
}

/** Whether a check found nothing. */
export function isAcceptable(problems: NewPasswordProblems): boolean {
  return problems.password === undefined && problems.confirmation === undefined;
}
