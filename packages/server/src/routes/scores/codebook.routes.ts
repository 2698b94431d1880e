import { scoreService, systemClock } from '@frontrunner/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actionContext, routePolicy } from '../../auth/route-policy';
import { policyErrors } from '../common/auth.schema';
import { readErrors } from '../common/common.schema';
import type { RouteDeps } from '../route-deps';
import {
  codebookSchema,
  entryBody,
  lowerBoundsBody,
  lowerBoundsResultSchema,
  peerGroupParams,
  seriesParams,
  versionQuery,
} from './codebook.schema';
import { presentCodebook } from './scores.presenter';

/** The scoring codebook: read it (public), change an entry or set a peer group's lower bounds. */
export function codebookRoutes({ db, clock = systemClock }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['Scores'];
    app.get(
      '/codebook',
      {
        schema: {
          tags,
          summary: 'The scoring codebook: every indicator’s bounds, thresholds and their sources',
          querystring: versionQuery,
          response: { 200: codebookSchema, ...readErrors },
        },
      },
      async (request) => presentCodebook(await scoreService.getCodebook(db, request.query)),
    );
    app.put(
      '/codebook/entries/:series',
      {
        config: routePolicy('codebook.write'),
        schema: {
          tags,
          summary: 'Set one indicator’s entry (secretariat): writes a new codebook version',
          description:
            'Adds the series when it is not in the codebook (goal and targets then required). Every other entry and peer-group bound is carried over; scores under older versions keep their version. 409 when another version was written meanwhile.',
          params: seriesParams,
          body: entryBody,
          response: { 200: codebookSchema, ...policyErrors },
        },
      },
      async (request) =>
        presentCodebook(
          await scoreService.setCodebookEntry(
            db,
            actionContext(request),
            request.params.series,
            request.body,
            clock,
          ),
        ),
    );
    app.post(
      '/peer-groups/:kind/:key/lower-bounds',
      {
        config: routePolicy('peer_group.set_bounds'),
        schema: {
          tags,
          summary: 'Set a peer group’s lower bounds at its percentile (secretariat)',
          description:
            'Per codebook series (or the listed ones): the percentile (default 2.5, SDSN) of the group’s cities’ latest approved values, counted from the worst end, where at least 5 cities have a value. Writes a new codebook version.',
          params: peerGroupParams,
          body: lowerBoundsBody,
          response: { 200: lowerBoundsResultSchema, ...policyErrors },
        },
      },
      async (request) =>
        scoreService.setPeerGroupLowerBounds(
          db,
          actionContext(request),
          { ...request.params, ...request.body },
          clock,
        ),
    );
  };
}
