import { rubricService, systemClock } from '@frontrunner/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actionContext, routePolicy } from '../../auth/route-policy';
import { policyErrors } from '../common/auth.schema';
import type { RouteDeps } from '../route-deps';
import { rubricBody } from './capacity.schema';
import { itemsOf } from './capacity-views.schema';
import { presentRubric } from './graduation.presenter';
import { rubricSchema } from './graduation-views.schema';

/** The graduation rubric: public reads; the secretariat publishes new versions. */
export function rubricRoutes({ db, clock = systemClock }: RouteDeps): FastifyPluginAsyncZod {
  const deps = { db, clock };
  return async (app) => {
    const tags = ['Graduation'];
    app.get(
      '/rubric',
      {
        schema: {
          tags,
          summary: 'The current graduation rubric',
          response: { 200: rubricSchema },
        },
      },
      async () => presentRubric(await rubricService.currentRubric(db)),
    );
    app.get(
      '/rubric/versions',
      {
        schema: {
          tags,
          summary: 'Every rubric version, newest first',
          response: { 200: itemsOf(rubricSchema, 'Versions, newest first') },
        },
      },
      async () => ({ items: (await rubricService.listRubrics(db)).map(presentRubric) }),
    );
    app.post(
      '/rubric/versions',
      {
        config: routePolicy('rubric.manage'),
        schema: {
          tags,
          summary: 'Publish a new rubric version (secretariat)',
          description:
            'Two publishes at once cannot both become the same version: the later answers 409.',
          body: rubricBody,
          response: { 201: rubricSchema, ...policyErrors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            presentRubric(
              await rubricService.publishRubric(deps, actionContext(request), request.body),
            ),
          ),
    );
  };
}
