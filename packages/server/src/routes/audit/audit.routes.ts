import { auditService } from '@frontrunner/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { routePolicy } from '../../auth/route-policy';
import { policyErrors } from '../common/auth.schema';
import type { RouteDeps } from '../route-deps';
import { presentAuditEntry } from './audit.presenter';
import { auditPageSchema, auditQuery } from './audit.schema';

/** The audit trail: the secretariat reads all of it, a focal point their country's cities. */
export function auditRoutes({ db }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/audit',
      {
        config: routePolicy('audit.read'),
        schema: {
          tags: ['Audit'],
          summary: 'The audit trail of every change, newest first',
          description:
            'Secretariat: every entry. Focal point: entries about the cities of their country (403 for another country’s city).',
          querystring: auditQuery,
          response: { 200: auditPageSchema, ...policyErrors },
        },
      },
      async (request) => {
        const page = await auditService.listAudit(db, request.auth.actor, request.query);
        return {
          items: page.items.map(presentAuditEntry),
          total: page.total,
          limit: request.query.limit,
          offset: request.query.offset,
        };
      },
    );
  };
}
