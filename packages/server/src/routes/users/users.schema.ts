import { z } from 'zod';
import { pageQuery } from '../common/common.schema';
import { assignmentInputSchema, languageSchema, userSchema } from '../common/auth.schema';

export const userListQuery = z.object({
  q: z.string().trim().min(1).max(100).optional().describe('Text in the email or name'),
  status: z
    .enum(['invited', 'active', 'deactivated'])
    .optional()
    .describe('Only users with this status'),
  ...pageQuery,
});

export const userListSchema = z.object({
  items: z.array(userSchema).describe('Users by email'),
  total: z.number().int().describe('Users that match'),
  limit: z.number().int(),
  offset: z.number().int(),
});

/** Invite a user. */
export const inviteBody = z.object({
  email: z.string().trim().email().max(320).describe('Email; an invitation link is sent there'),
  name: z.string().trim().min(1).max(200).describe('Display name'),
  language: languageSchema.optional().describe('Preferred language; en when absent'),
  assignments: z
    .array(assignmentInputSchema)
    .max(200)
    .describe('Roles with their scopes; may be empty'),
});

/** Change a user; every field optional. */
export const userPatchBody = z.object({
  name: z.string().trim().min(1).max(200).optional().describe('Display name'),
  language: languageSchema.optional(),
  status: z
    .enum(['active', 'deactivated'])
    .optional()
    .describe(
      'deactivated: cannot sign in, sessions end, API tokens are revoked; active: again allowed',
    ),
  assignments: z
    .array(assignmentInputSchema)
    .max(200)
    .optional()
    .describe('Replaces every role assignment of the user'),
});
