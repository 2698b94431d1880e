import {
  codebookRepository,
  geoRepository,
  scoresRepository,
  scoringInputsRepository as inputsRepo,
  withTransaction,
  type Executor,
} from '@frontrunner/db';
import {
  DEFAULT_PEER_PERCENTILE,
  findCountry,
  MIN_PEER_CITIES,
  NotFoundError,
  POPULATION_CLASSES,
  ValidationError,
  type DashboardColour,
  type PeerGroupKind,
} from '@frontrunner/domain';
import { randomUUID } from 'node:crypto';
import type { ActionContext } from '../access/actor';
import { authorize } from '../access/policy';
import { describeActor, recordAudit } from '../audit/audit.service';
import type { Clock } from '../clock';
import { loadCodebookContext, peerGroupKeys, toDomainEntry } from './codebook-context';
import { boundOf, entryOf, insertNextVersion } from './codebook-version';
import { peerLowerBounds } from './peer-bounds';
import { cityUnitKey } from './score-compute';
import { ensureCities, type VersionQuery } from './scores.service';

/** A peer group named by kind and key, with a label for people. */
export interface PeerGroupView {
  kind: PeerGroupKind;
  key: string;
  label: string;
}

/** The cities of a peer group (whatever their data). @throws NotFoundError for an unknown group */
async function groupCities(db: Executor, kind: PeerGroupKind, key: string) {
  if (kind === 'country') {
    const country = findCountry(key.toUpperCase());
    if (!country) throw new NotFoundError('peer group', `country ${key}`);
    const cities = await inputsRepo.listScoringCities(db, { country: country.iso3 });
    return { group: { kind, key: country.iso3, label: country.name }, cities };
  }
  if (kind === 'population_class') {
    const size = POPULATION_CLASSES.find((c) => c.key === key);
    if (!size) throw new NotFoundError('peer group', `population class ${key}`);
    const cities = await inputsRepo.listScoringCities(db, { population: size });
    return { group: { kind, key, label: size.label }, cities };
  }
  const cities = await inputsRepo.listScoringCities(db, { cohort: key });
  if (cities.length === 0) throw new NotFoundError('peer group', `cohort ${key}`);
  return { group: { kind, key, label: `Cohort ${key}` }, cities };
}

/** A city beside its peers. */
export interface PeersView {
  group: PeerGroupView;
  /** Slug of the city asked about (also among `peers`). */
  city: string;
  codebook: { version: number; current: boolean };
  /** The city and the peers with at least one value, best index first (no index last). */
  peers: {
    slug: string;
    name: string;
    country: string;
    index: number | null;
    missingShare: number;
    goals: { goal: number; score: number | null; colour: DashboardColour }[];
  }[];
}

/**
 * A city and its peers in one of its groups (its country, its population class, its cohort),
 * with their freshly checked scores. Public.
 * @throws NotFoundError for an unknown city, or a group the city does not have (no cohort,
 *   unknown population)
 */
export async function getCityPeers(
  db: Executor,
  slug: string,
  kind: PeerGroupKind,
  query: VersionQuery,
  clock: Clock,
): Promise<PeersView> {
  const city = await geoRepository.findCityBySlug(db, slug);
  if (!city) throw new NotFoundError('city', slug);
  const key = peerGroupKeys(city)[kind];
  if (key === undefined) throw new NotFoundError('peer group', `${kind} of ${slug}`);
  const { group, cities } = await groupCities(db, kind, key);
  const context = await loadCodebookContext(db, query.version);
  const ids = cities.map((c) => c.id);
  await ensureCities(db, context, { cityIds: [city.id] }, clock);
  await ensureCities(db, context, { cityIds: ids, onlyWithData: true }, clock);
  const stored = await scoresRepository.listUnitScores(db, {
    codebookVersionId: context.version.id,
    unitKeys: ids.map(cityUnitKey),
  });
  const shown = stored.filter((s) => s.city_id === city.id || Number(s.missing_share) < 1);
  const goals = await scoresRepository.listGoalScores(
    db,
    shown.map((s) => s.id),
  );
  const byId = new Map(cities.map((c) => [c.id, c]));
  const peers = shown.map((s) => {
    const c = byId.get(s.city_id ?? '');
    return {
      slug: c?.slug ?? '',
      name: c?.name ?? '',
      country: c?.country_iso3 ?? '',
      index: s.index_score === null ? null : Number(s.index_score),
      missingShare: Number(s.missing_share),
      goals: goals
        .filter((g) => g.unit_score_id === s.id)
        .map((g) => ({
          goal: Number(g.goal),
          score: g.score === null ? null : Number(g.score),
          colour: g.colour ?? ('grey' as const),
        })),
    };
  });
  peers.sort((a, b) => (b.index ?? -1) - (a.index ?? -1) || a.name.localeCompare(b.name, 'en'));
  return {
    group,
    city: city.slug,
    codebook: { version: Number(context.version.version), current: context.current },
    peers,
  };
}

/** What setting a group's lower bounds did. */
export interface PeerBoundsResult {
  group: PeerGroupView;
  /** The codebook version written. */
  version: number;
  percentile: number;
  bounds: { series: string; lowerBound: number; cities: number; codebookLowerBound: number }[];
  /** Series left at the codebook's lower bound, and why. */
  skipped: { series: string; cities: number; reason: string }[];
}

/**
 * Sets a peer group's lower bounds (the secretariat): for every codebook series (or the listed
 * ones), the `percentile` (default 2.5, SDSN) of the group's cities' latest approved values,
 * counted from the worst end, where at least five cities have a value. Writes a new codebook
 * version in which this group's bounds for those series are replaced, audited.
 * @throws NotFoundError for an unknown group; ValidationError for unknown series codes
 */
export async function setPeerGroupLowerBounds(
  db: Executor,
  ctx: ActionContext,
  request: {
    kind: PeerGroupKind;
    key: string;
    percentile?: number | undefined;
    series?: readonly string[] | undefined;
  },
  clock: Clock,
): Promise<PeerBoundsResult> {
  authorize(ctx.actor, 'peer_group.set_bounds');
  const percentile = request.percentile ?? DEFAULT_PEER_PERCENTILE;
  const { group, cities } = await groupCities(db, request.kind, request.key);
  const base = await loadCodebookContext(db);
  const wanted = request.series ? new Set(request.series) : undefined;
  const unknown = [...(wanted ?? [])].filter((s) => !base.entries.some((e) => e.series_code === s));
  if (unknown.length > 0)
    throw new ValidationError('Not in the codebook', [
      { field: 'series', message: `unknown series: ${unknown.join(', ')}` },
    ]);
  const entries = base.entries.filter((e) => !wanted || wanted.has(e.series_code));
  const values = await inputsRepo.listApprovedHeadlineValues(db, {
    seriesIds: entries.map((e) => e.series_id),
    cityIds: cities.map((c) => c.id),
  });
  const latest = new Map<string, number>();
  for (const v of values) latest.set(`${v.series_id}|${v.city_id}`, Number(v.value));
  const result = peerLowerBounds(
    entries.map((e) => ({
      entry: toDomainEntry(e),
      values: [...latest].filter(([k]) => k.startsWith(`${e.series_id}|`)).map(([, v]) => v),
    })),
    { percentile, minCities: MIN_PEER_CITIES },
  );
  const codeOf = new Map(base.entries.map((e) => [e.series_id, e]));
  const at = clock();
  const actorId = describeActor(ctx.actor).id ?? 'anonymous';
  const bounds = result.bounds.map((b) => ({
    series: codeOf.get(b.series)?.series_code ?? b.series,
    lowerBound: b.lowerBound,
    cities: b.cities,
    codebookLowerBound: Number(codeOf.get(b.series)?.lower_bound),
  }));
  const skipped = result.skipped.map((s) => ({
    ...s,
    series: codeOf.get(s.series)?.series_code ?? s.series,
  }));
  const version = await withTransaction(db, async (trx) => {
    const groupId = await codebookRepository.ensurePeerGroup(trx, {
      id: randomUUID(),
      kind: group.kind,
      key: group.key,
      created_at: at.toISOString(),
    });
    const replaced = new Set(entries.map((e) => e.series_id));
    const next = await insertNextVersion(trx, base, {
      entries: base.entries.map(entryOf),
      bounds: [
        ...base.bounds
          .filter((b) => b.peer_group_id !== groupId || !replaced.has(b.series_id))
          .map(boundOf),
        ...result.bounds.map((b) => ({
          peer_group_id: groupId,
          series_id: b.series,
          lower_bound: b.lowerBound,
          percentile,
          cities: b.cities,
          computed_at: at.toISOString(),
          computed_by: actorId,
        })),
      ],
      note: `Lower bounds of ${group.kind} ${group.key} at the ${percentile}th percentile`,
      createdBy: actorId,
      at,
    });
    await recordAudit(trx, ctx, at, {
      action: 'peer_group.set_bounds',
      entityType: 'peer_group',
      entityId: `${group.kind}:${group.key}`,
      country: group.kind === 'country' ? group.key : null,
      after: { version: next, percentile, bounds, skipped },
    });
    return next;
  });
  return { group, version, percentile, bounds, skipped };
}
