import type { knowledgeService } from '@frontrunner/services';

/**
 * A pairing for clients: an explicit allow-list of its view. `request` is the request a city
 * made for it (null when the secretariat paired the cities directly); who asked is not shown.
 */
export function presentPairing(view: knowledgeService.PairingView) {
  const city = (c: knowledgeService.PairingView['mentor']) => ({
    slug: c.slug,
    name: c.name,
    country: c.country,
  });
  return {
    id: view.id,
    kind: view.kind,
    status: view.status,
    mentor: city(view.mentor),
    mentee: city(view.mentee),
    title: view.title,
    startsOn: view.startsOn,
    endsOn: view.endsOn,
    goals: view.goals,
    request: view.request
      ? {
          status: view.request.status,
          decidedAt: view.request.decidedAt,
          reason: view.request.reason,
        }
      : null,
    createdAt: view.createdAt,
  };
}
