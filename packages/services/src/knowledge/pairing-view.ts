import { cityProfileRepository, networkRepository, type Executor } from '@frontrunner/db';
import { NotFoundError } from '@frontrunner/domain';
import type { Actor } from '../access/actor';
import { isAllowed, type Action } from '../access/policy';

/** A city of a pairing. */
export interface PairingCityView {
  id: string;
  slug: string;
  name: string;
  /** ISO3 of its country. */
  country: string;
}

/** The request behind a pairing a city asked for (null when the secretariat paired directly). */
export interface PairingRequestView {
  status: NonNullable<networkRepository.PairingRow['request_status']>;
  /** The user id of who asked. */
  requestedBy: string | null;
  /** ISO 8601 UTC of the answer or the withdrawal; null while open. */
  decidedAt: string | null;
  /** Why it was declined or withdrawn. */
  reason: string | null;
}

/** A pairing of two cities, as services return it. */
export interface PairingView {
  id: string;
  kind: networkRepository.PairingRow['kind'];
  /** `proposed` while a request is open, `active` once accepted, `closed` once ended. */
  status: networkRepository.PairingRow['status'];
  mentor: PairingCityView;
  mentee: PairingCityView;
  title: string | null;
  startsOn: string | null;
  endsOn: string | null;
  goals: number[];
  request: PairingRequestView | null;
  createdAt: string;
}

/** Maps pairing rows to views, with both cities. */
export async function toPairingViews(
  db: Executor,
  rows: readonly networkRepository.PairingRow[],
): Promise<PairingView[]> {
  const ids = [...new Set(rows.flatMap((r) => [r.mentor_city_id, r.mentee_city_id]))];
  const cities = new Map(
    (await cityProfileRepository.listCityProfiles(db, { ids })).map((c) => [
      c.id,
      { id: c.id, slug: c.slug, name: c.name, country: c.country_iso3 },
    ]),
  );
  const none = { id: '', slug: '', name: '', country: '' };
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    status: r.status,
    mentor: cities.get(r.mentor_city_id) ?? none,
    mentee: cities.get(r.mentee_city_id) ?? none,
    title: r.title,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    goals: JSON.parse(r.goals) as number[],
    request: r.request_status
      ? {
          status: r.request_status,
          requestedBy: r.requested_by,
          decidedAt: r.decided_at,
          reason: r.decision_reason,
        }
      : null,
    createdAt: r.created_at,
  }));
}

/** The policy resource of a pairing's city. */
export function cityResource(city: PairingCityView): { cityId: string; country: string } {
  return { cityId: city.id, country: city.country };
}

/** Whether the actor may perform `action` on either city of the pairing. */
export function allowedOnEither(actor: Actor, action: Action, view: PairingView): boolean {
  return (
    isAllowed(actor, action, cityResource(view.mentor)) ||
    isAllowed(actor, action, cityResource(view.mentee))
  );
}

/**
 * Whether the public sees a pairing: pairings the secretariat made and accepted requests do;
 * open, declined and withdrawn requests only the two cities' teams, their focal points and
 * the secretariat see (`pairing.read_thread`).
 */
export function isVisibleTo(actor: Actor, view: PairingView): boolean {
  if (!view.request || view.request.status === 'accepted') return true;
  return allowedOnEither(actor, 'pairing.read_thread', view);
}

/** One pairing by id, as a view; NotFoundError when missing. */
export async function loadPairing(db: Executor, id: string): Promise<PairingView> {
  const row = await networkRepository.findPairing(db, id);
  const [view] = row ? await toPairingViews(db, [row]) : [];
  if (!view) throw new NotFoundError('pairing', id);
  return view;
}
