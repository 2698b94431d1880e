import { projectsRepository as repo, type Executor } from '@frontrunner/db';
import { findCountry, goalOfTarget, IATI_ROLES, NotFoundError } from '@frontrunner/domain';
import type { ActionContext } from '../access/actor';
import type { IatiActivity, IatiResult } from '../exporters/iati/activity';
import { writeIatiActivities, type IatiReportingOrg } from '../exporters/iati/write';
import type { Clock } from '../clock';
import { listPortfolio } from './project.service';
import { loadProject } from './project-access';
import type { ProjectView } from './project-view';
import { getResults, type ResultNode } from './results.service';

/**
 * The organisation Frontrunner reports as, until a deployment configures its own. `XI-IATI-`
 * prefixes are issued by IATI; this placeholder marks the files as not yet registered.
 */
export const DEFAULT_REPORTING_ORG: IatiReportingOrg = {
  ref: 'XX-FRONTRUNNER',
  type: '80',
  name: 'ASEAN SDGs Frontrunner Cities Programme',
};

const STATUS = { idea: 1, planned: 1, implementing: 2, completed: 4, suspended: 6 } as const;
const RESULT_TYPE = { objective: 3, outcome: 2, output: 1 } as const;

function dates(p: ProjectView): IatiActivity['dates'] {
  const started =
    p.status === 'implementing' || p.status === 'completed' || p.status === 'suspended';
  const out: IatiActivity['dates'] = [];
  if (p.startDate) out.push({ type: started ? 2 : 1, isoDate: p.startDate });
  if (p.endDate) out.push({ type: p.status === 'completed' ? 4 : 3, isoDate: p.endDate });
  if (out.length === 0) out.push({ type: 1, isoDate: p.createdAt.slice(0, 10) });
  return out;
}

/** Goal shares (vocabulary 7) summed from the target split (vocabulary 8). */
function sectors(p: ProjectView): IatiActivity['sectors'] {
  const goals = new Map<number, number>();
  for (const s of p.budgetSplit)
    goals.set(goalOfTarget(s.target), (goals.get(goalOfTarget(s.target)) ?? 0) + s.percent);
  return [
    ...[...goals].map(([goal, percentage]) => ({
      vocabulary: 7 as const,
      code: String(goal),
      percentage,
    })),
    ...p.budgetSplit.map((s) => ({
      vocabulary: 8 as const,
      code: s.target,
      percentage: s.percent,
    })),
  ];
}

/** A period `YYYY` as IATI dates; other periods are not exported. */
function yearPeriod(period: string): { start: string; end: string } | null {
  return /^\d{4}$/.test(period) ? { start: `${period}-01-01`, end: `${period}-12-31` } : null;
}

function results(nodes: ResultNode[]): IatiResult[] {
  return nodes.flatMap((n) => [
    {
      type: RESULT_TYPE[n.level],
      title: n.title,
      indicators: n.indicators.map((ind) => ({
        title: `${ind.name} (${ind.unit})`,
        sdgIndicator: ind.sdgIndicator ?? null,
        baseline:
          ind.baselineValue != null && ind.baselinePeriod && /^\d{4}$/.test(ind.baselinePeriod)
            ? { year: Number(ind.baselinePeriod), value: ind.baselineValue }
            : null,
        periods: ind.periods
          .filter((p) => p.disaggregation === '')
          .flatMap((p) => {
            const span = yearPeriod(p.period);
            return span ? [{ ...span, target: p.target, actual: p.actual }] : [];
          }),
      })),
    },
    ...results(n.children),
  ]);
}

/** Maps a project, its claims and its results framework to an IATI activity. */
export async function toIatiActivity(
  db: Executor,
  p: ProjectView,
  org: IatiReportingOrg,
): Promise<IatiActivity> {
  const claims = await repo.listClaims(db, [p.id]);
  const positive = claims.filter((c) => c.kind !== 'trade_off').map((c) => c.target_code);
  const targets = [...new Set(positive)];
  const goals = [...new Set(targets.map(goalOfTarget))].sort((a, b) => a - b);
  const participants: IatiActivity['participants'] = p.partners.map((x) => ({
    name: x.name,
    role: IATI_ROLES[x.role],
    ref: x.ref ?? null,
  }));
  if (!p.partners.some((x) => x.role === 'accountable'))
    participants.unshift({ name: p.city.name, role: 2, ref: null });
  return {
    identifier: `${org.ref}-${p.id}`,
    title: p.title,
    description: p.description ?? p.summary ?? p.title,
    currency: p.currency,
    lastUpdated: p.updatedAt,
    participants,
    status: STATUS[p.status],
    dates: dates(p),
    recipientCountry: findCountry(p.city.country)?.iso2 ?? null,
    location: p.location ? { name: p.city.name, ...p.location } : null,
    sectors: sectors(p),
    tags: [
      ...goals.map((g) => ({ vocabulary: 2 as const, code: String(g) })),
      ...targets.map((t) => ({ vocabulary: 3 as const, code: t })),
    ],
    budget:
      p.budget != null && p.currency && p.startDate && p.endDate
        ? { start: p.startDate, end: p.endDate, value: p.budget, currency: p.currency }
        : null,
    results: results(await getResults(db, p.id)),
  };
}

/** IATI 2.03 XML of one project the actor may see. */
export async function exportProjectIati(
  db: Executor,
  ctx: ActionContext,
  projectId: string,
  clock: Clock,
  org: IatiReportingOrg = DEFAULT_REPORTING_ORG,
): Promise<string> {
  const { view } = await loadProject(db, ctx.actor, projectId, 'project.read');
  return writeIatiActivities([await toIatiActivity(db, view, org)], {
    reportingOrg: org,
    generatedAt: clock(),
  });
}

/** IATI 2.03 XML of every project the actor may see, of one city or all; none is not found. */
export async function exportProjectsIati(
  db: Executor,
  ctx: ActionContext,
  filter: { citySlug?: string | undefined },
  clock: Clock,
  org: IatiReportingOrg = DEFAULT_REPORTING_ORG,
): Promise<string> {
  const { entries } = await listPortfolio(db, ctx, filter, { limit: 100_000, offset: 0 });
  // IATI needs at least one activity in a file: no projects is "not found", never an invalid file.
  if (entries.length === 0) throw new NotFoundError('project of city', filter.citySlug ?? 'any');
  const activities = [];
  for (const e of entries) activities.push(await toIatiActivity(db, e.project, org));
  return writeIatiActivities(activities, { reportingOrg: org, generatedAt: clock() });
}
