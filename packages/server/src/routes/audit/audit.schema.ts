import { z } from 'zod';
import { pageQuery } from '../common/common.schema';

export const auditQuery = z.object({
  city: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug like phnom-penh')
    .max(120)
    .optional()
    .describe('Only entries about this city (slug)'),
  entity: z
    .string()
    .regex(/^[a-z_]+$/)
    .max(50)
    .optional()
    .describe('Only entries about this kind of entity: city, user, api_token, session, …'),
  ...pageQuery,
});

export const auditEntrySchema = z.object({
  id: z.string().describe('UUID'),
  occurredAt: z.string().describe('ISO 8601 UTC'),
  actor: z
    .object({
      kind: z
        .enum(['user', 'token', 'cli', 'system', 'anonymous'])
        .describe(
          'A user (session), an API token, the CLI’s local operator, the system, or nobody',
        ),
      id: z
        .string()
        .nullable()
        .describe('User id, token id, "cli:local-operator" or "system:…"; null when anonymous'),
      userId: z.string().nullable().describe('The user behind the actor (a token’s owner)'),
    })
    .describe('Who'),
  action: z.string().describe('Policy action, e.g. city.update, user.invite'),
  entityType: z.string().describe('What kind of thing changed, e.g. city, user'),
  entityId: z.string().describe('Its id'),
  city: z.string().nullable().describe('Slug of the city concerned, if any'),
  country: z.string().nullable().describe('ISO3 of the country concerned, if any'),
  before: z.unknown().describe('The entity before (allow-listed fields; null for a creation)'),
  after: z.unknown().describe('The entity after (allow-listed fields; null for a deletion)'),
  requestId: z.string().nullable().describe('The HTTP request id (x-request-id), when by API'),
  address: z.string().nullable().describe('Client address, when by API'),
});

export const auditPageSchema = z.object({
  items: z.array(auditEntrySchema).describe('Newest first'),
  total: z.number().int().describe('Entries that match and that you may read'),
  limit: z.number().int(),
  offset: z.number().int(),
});
