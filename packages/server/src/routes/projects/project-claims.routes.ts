import { projectService as s, systemClock } from '@frontrunner/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actionContext, routePolicy } from '../../auth/route-policy';
import { policyErrors } from '../common/auth.schema';
import { readErrors } from '../common/common.schema';
import type { RouteDeps } from '../route-deps';
import { presentProjectSuggestions } from './project-suggestions.presenter';
import { projectSuggestionsSchema } from './project-suggestions.schema';
import { presentClaim } from './projects.presenter';
import { acceptBody, claimBody, claimParams, projectParams } from './projects.schema';
import { claimSchema } from './projects-views.schema';

const SUGGESTIONS_DESCRIPTION =
  'Text: goals and targets whose keywords (JRC targets, SIRIS goals) occur in the title, summary and description, with the terms matched. Network: targets linked to the project’s primary targets in its country’s interlinkage network (METHODS §5–6) — synergies are likely co-benefits, trade-offs risks to manage — data-derived (ρ, n and series pairs: weak evidence over short series) and curated (with citation) listed apart. Nothing is added to the project until a suggestion is accepted.';

/** Benefit claims and the suggestions that may become claims. */
export function projectClaimRoutes({ db, clock = systemClock }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['Projects'];
    const network = s.interlinkageNetwork({ clock });
    app.post(
      '/projects/:id/claims',
      {
        config: routePolicy('project.write'),
        schema: {
          tags,
          summary:
            'Add a benefit claim (a quantified benefit counts once, at its indicator’s target)',
          params: projectParams,
          body: claimBody,
          response: { 201: claimSchema, ...policyErrors },
        },
      },
      async (request, reply) => {
        const claim = await s.addClaim(
          db,
          actionContext(request),
          { projectId: request.params.id, claim: request.body },
          clock,
        );
        return reply.status(201).send(presentClaim(claim));
      },
    );
    app.delete(
      '/projects/:id/claims/:claimId',
      {
        config: routePolicy('project.write'),
        schema: {
          tags,
          summary: 'Remove a benefit claim',
          params: claimParams,
          response: { 204: z.null().describe('Removed'), ...policyErrors },
        },
      },
      async (request, reply) => {
        await s.deleteClaim(
          db,
          actionContext(request),
          { projectId: request.params.id, claimId: request.params.claimId },
          clock,
        );
        return reply.status(204).send(null);
      },
    );
    app.get(
      '/projects/:id/suggestions',
      {
        config: routePolicy('project.read'),
        schema: {
          tags,
          summary:
            'Suggested targets from the text and the interlinkage network; never added silently',
          description: SUGGESTIONS_DESCRIPTION,
          params: projectParams,
          response: { 200: projectSuggestionsSchema, ...readErrors },
        },
      },
      async (request) =>
        presentProjectSuggestions(
          await s.projectSuggestions(db, actionContext(request), request.params.id, { network }),
        ),
    );
    app.post(
      '/projects/:id/suggestions/accept',
      {
        config: routePolicy('project.write'),
        schema: {
          tags,
          summary: 'Accept a suggestion: creates an audited benefit claim whose origin says whence',
          params: projectParams,
          body: acceptBody,
          response: { 201: claimSchema, ...policyErrors },
        },
      },
      async (request, reply) => {
        const claim = await s.acceptSuggestion(
          db,
          actionContext(request),
          { projectId: request.params.id, ...request.body },
          { clock, network },
        );
        return reply.status(201).send(presentClaim(claim));
      },
    );
  };
}
