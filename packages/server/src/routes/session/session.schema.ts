import { ACTIONS } from '@frontrunner/services';
import { z } from 'zod';
import { passwordSchema, userSchema } from '../common/auth.schema';

/** Sign-in. */
export const signInBody = z.object({
  email: z.string().trim().min(3).max(320).describe('Email address; case does not matter'),
  password: z.string().min(1).max(256).describe('The password'),
});

/** Who the request acts as: the answer of GET and POST /session. */
export const sessionSchema = z.object({
  authenticated: z
    .boolean()
    .describe('Whether a user is signed in (or a valid API token was sent)'),
  via: z
    .enum(['session', 'token'])
    .nullable()
    .describe(
      'How: a browser session (cookie) or an API token (Authorization: Bearer); null when anonymous',
    ),
  user: userSchema
    .nullable()
    .describe('The signed-in user (the owner, for a token); null when anonymous'),
  actions: z
    .array(z.enum(ACTIONS as [string, ...string[]]))
    .describe(
      'Policy actions the caller may perform somewhere (scoped actions are checked again per resource): for showing menus, not for enforcing',
    ),
  csrfToken: z
    .string()
    .nullable()
    .describe(
      'Send in the x-csrf-token header on every POST, PUT, PATCH and DELETE made with the session cookie (also in the fr_csrf cookie); null without a session',
    ),
  expiresAt: z
    .string()
    .nullable()
    .describe(
      'ISO 8601: when the session ends if not used again (it extends with use, up to 7 days after sign-in)',
    ),
  demo: z
    .boolean()
    .describe('The server runs in demo mode: show a banner; demo accounts and data are not real'),
});

/** Ask for a password reset. */
export const passwordResetBody = z.object({
  email: z
    .string()
    .trim()
    .min(3)
    .max(320)
    .describe('Email of the account; the answer is 202 whether or not it exists'),
});

/** Set a new password with a reset token. */
export const passwordResetConfirmBody = z.object({
  token: z
    .string()
    .min(10)
    .max(200)
    .describe('The token from the emailed link (the part after #token=)'),
  password: passwordSchema,
});

/** Accept an invitation. */
export const invitationAcceptBody = z.object({
  token: z
    .string()
    .min(10)
    .max(200)
    .describe('The token from the invitation link (the part after #token=)'),
  password: passwordSchema,
  name: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe('Display name, if the invited name should change'),
});

/** The 202 of a password-reset request. */
export const acceptedSchema = z.object({
  status: z
    .literal('accepted')
    .describe('Always: if the email has an account, a link is on its way'),
});
