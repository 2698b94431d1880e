import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pingDatabase, type DialectName, type Executor } from '@frontrunner/db';

/** `/healthz`: answers 200 only when the database answers. */
export function healthRoutes(deps: { db: Executor; dialect: DialectName }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/healthz',
      {
        schema: {
          tags: ['Operations'],
          summary: 'Liveness and database check',
          response: {
            200: z.object({ status: z.literal('ok'), database: z.string() }),
            503: z.object({ status: z.literal('unavailable'), database: z.string() }),
          },
        },
      },
      async (request, reply) => {
        try {
          await pingDatabase(deps.db);
          return { status: 'ok' as const, database: deps.dialect };
        } catch (err) {
          request.log.error({ err }, 'health check: database unreachable');
          return reply.status(503).send({ status: 'unavailable' as const, database: deps.dialect });
        }
      },
    );
  };
}
