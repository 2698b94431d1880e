import {
  caseRepository,
  cityProfileRepository,
  projectsRepository,
  withTransaction,
  type Executor,
} from '@frontrunner/db';
import {
  assertValidCase,
  ConflictError,
  NotFoundError,
  type CaseFacts,
  type CaseStatus,
} from '@frontrunner/domain';
import { randomUUID } from 'node:crypto';
import type { ActionContext } from '../access/actor';
import { authorize, readableScope } from '../access/policy';
import { describeActor, recordAudit } from '../audit/audit.service';
import type { Clock } from '../clock';
import { assertTitle, versionsToWrite, type CaseChange } from './case-change';
import { loadCase } from './case-access';
import { reindexCase } from './case-index';
import { prefillFromProject } from './case-prefill';
import { textColumns, toCaseView, type CaseTextInput, type CaseView } from './case-view';

export type { CaseChange } from './case-change';

/** A new case: for a city, optionally grown from one of its completed projects. */
export interface NewCaseInput {
  readonly citySlug: string;
  /** A completed project of the city: its texts and facts pre-fill the case. */
  readonly projectId?: string | undefined;
  /** Language of the first text. */
  readonly lang: string;
  /** Overrides what the project pre-filled; the title is required without a project. */
  readonly text?: Partial<CaseTextInput> | undefined;
  readonly facts?: CaseFacts | undefined;
}

const columnsOf = (f: CaseFacts) => ({
  theme: f.theme ?? null,
  targets: JSON.stringify(f.targets ?? []),
  dimensions: JSON.stringify(f.dimensions ?? []),
  results: JSON.stringify(f.results ?? []),
  cost: f.cost ?? null,
  currency: f.currency ?? null,
  partners: JSON.stringify(f.partners ?? []),
  contacts: JSON.stringify(f.contacts ?? []),
  photos: JSON.stringify(f.photos ?? []),
  links: JSON.stringify(f.links ?? []),
});

/** Creates a draft case of a city (pre-filled from a completed project when one is given). */
export async function createCase(
  db: Executor,
  ctx: ActionContext,
  input: NewCaseInput,
  clock: Clock,
): Promise<CaseView> {
  const [city] = await cityProfileRepository.listCityProfiles(db, { slug: input.citySlug });
  if (!city) throw new NotFoundError('city', input.citySlug);
  authorize(ctx.actor, 'case.write', { cityId: city.id, country: city.country_iso3 });
  let prefill: Awaited<ReturnType<typeof prefillFromProject>> | undefined;
  if (input.projectId) {
    const project = await projectsRepository.findProject(db, input.projectId);
    if (!project || project.city_id !== city.id)
      throw new NotFoundError('project', input.projectId);
    if (project.status !== 'completed')
      throw new ConflictError('A case grows from a completed project', { status: project.status });
    prefill = await prefillFromProject(db, project);
  }
  const facts: CaseFacts = { ...prefill?.facts, ...input.facts };
  const text = {
    ...prefill?.text,
    ...input.text,
    title: input.text?.title ?? prefill?.text.title ?? '',
  };
  assertValidCase(facts, input.lang);
  assertTitle(text.title);
  const at = clock().toISOString();
  const by = describeActor(ctx.actor).id ?? 'anonymous';
  const id = randomUUID();
  return withTransaction(db, async (trx) => {
    await caseRepository.insertCase(trx, {
      id,
      city_id: city.id,
      project_id: input.projectId ?? null,
      status: 'draft',
      original_lang: input.lang,
      ...columnsOf(facts),
      review_comment: null,
      published_at: null,
      created_at: at,
      created_by: by,
      updated_at: at,
      updated_by: by,
    });
    await caseRepository.upsertCaseText(trx, {
      case_id: id,
      lang: input.lang,
      ...textColumns(text),
      updated_at: at,
      updated_by: by,
    });
    const { view } = await loadCase(trx, ctx.actor, id);
    await recordAudit(trx, ctx, new Date(at), {
      action: 'case.write',
      entityType: 'case',
      entityId: id,
      cityId: city.id,
      country: city.country_iso3,
      after: { title: text.title, lang: input.lang, projectId: input.projectId ?? null },
    });
    return view;
  });
}

/**
 * Edits a case's facts and adds or replaces language versions, all in one transaction: every
 * part is checked before anything is written, so a refused change leaves the case as it was.
 * One audit entry a language version written (the first with the facts), or one for the facts
 * alone; a published case is re-indexed.
 */
export async function updateCase(
  db: Executor,
  ctx: ActionContext,
  id: string,
  change: CaseChange,
  clock: Clock,
): Promise<CaseView> {
  return withTransaction(db, async (trx) => {
    const before = await loadCase(trx, ctx.actor, id);
    authorize(ctx.actor, 'case.write', {
      cityId: before.view.city.id,
      country: before.view.city.country,
    });
    const versions = versionsToWrite(change);
    const at = clock();
    const by = describeActor(ctx.actor).id ?? 'anonymous';
    await caseRepository.updateCase(trx, id, {
      ...(change.facts ? columnsOf({ ...factsOf(before.view), ...change.facts }) : {}),
      updated_at: at.toISOString(),
      updated_by: by,
    });
    for (const [lang, text] of versions)
      await caseRepository.upsertCaseText(trx, {
        case_id: id,
        lang,
        ...textColumns(text),
        updated_at: at.toISOString(),
        updated_by: by,
      });
    const after = await loadCase(trx, ctx.actor, id);
    await reindexCase(trx, after.view, after.population, at);
    const langs = versions.length > 0 ? versions.map(([lang]) => lang) : [change.lang ?? null];
    for (const [i, lang] of langs.entries())
      await recordAudit(trx, ctx, at, {
        action: 'case.write',
        entityType: 'case',
        entityId: id,
        cityId: after.view.city.id,
        country: after.view.city.country,
        // As if each language were its own save: the facts change with the first.
        before: { facts: factsOf(i === 0 ? before.view : after.view) },
        after: { facts: factsOf(after.view), lang },
      });
    return after.view;
  });
}

/** The facts of a case view, as an editor would send them. */
export function factsOf(view: CaseView): CaseFacts {
  const { theme, targets, dimensions, results, cost, currency, partners, contacts, photos, links } =
    view;
  return { theme, targets, dimensions, results, cost, currency, partners, contacts, photos, links };
}

/** One case the actor may see, with the projects that replicate it. */
export async function getCase(db: Executor, ctx: ActionContext, id: string): Promise<CaseView> {
  authorize(ctx.actor, 'case.read');
  return (await loadCase(db, ctx.actor, id)).view;
}

/**
 * A page of cases: the public sees published ones; a user also every case of the cities whose
 * drafts they may read. Optionally of one city, grown from one project, or in one status.
 */
export async function listCases(
  db: Executor,
  ctx: ActionContext,
  filter: {
    citySlug?: string | undefined;
    projectId?: string | undefined;
    status?: CaseStatus | undefined;
    limit: number;
    offset: number;
  },
): Promise<{ items: CaseView[]; total: number }> {
  authorize(ctx.actor, 'case.read');
  let cityId: string | undefined;
  if (filter.citySlug) {
    const [city] = await cityProfileRepository.listCityProfiles(db, { slug: filter.citySlug });
    if (!city) throw new NotFoundError('city', filter.citySlug);
    cityId = city.id;
  }
  const scope = readableScope(ctx.actor, 'city.read_drafts');
  const page = await caseRepository.listCases(db, {
    ...(scope.all ? {} : { statuses: ['published'], alsoCityIds: scope.cityIds }),
    cityId,
    projectId: filter.projectId,
    status: filter.status,
    limit: filter.limit,
    offset: filter.offset,
  });
  const cities = await cityProfileRepository.listCityProfiles(db, {
    ids: [...new Set(page.rows.map((r) => r.city_id))],
  });
  const byId = new Map(cities.map((c) => [c.id, c]));
  const texts = await caseRepository.listCaseTexts(
    db,
    page.rows.map((r) => r.id),
  );
  const items = page.rows.map((row) => {
    const c = byId.get(row.city_id);
    return toCaseView(row, texts, {
      id: row.city_id,
      slug: c?.slug ?? '',
      name: c?.name ?? '',
      country: c?.country_iso3 ?? '',
    });
  });
  return { items, total: page.total };
}
