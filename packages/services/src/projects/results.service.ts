import { projectsRepository as repo, withTransaction, type Executor } from '@frontrunner/db';
import { ValidationError, type FieldProblem } from '@frontrunner/domain';
import { randomUUID } from 'node:crypto';
import type { ActionContext } from '../access/actor';
import { recordAudit } from '../audit/audit.service';
import type { Clock } from '../clock';
import { loadProject } from './project-access';

/** Target and actual of an indicator for one period and disaggregation (`''` = all). */
export interface IndicatorPeriod {
  period: string;
  disaggregation: string;
  target: number | null;
  actual: number | null;
}

/** An indicator of a result: a city series or a project-specific one. */
export interface ResultIndicator {
  id?: string | undefined;
  name: string;
  unit: string;
  /** A city series code, when the indicator is one. */
  seriesCode?: string | null | undefined;
  /** The SDG indicator it reports on (`11.6.1`), for IATI vocabulary 9. */
  sdgIndicator?: string | null | undefined;
  baselineValue?: number | null | undefined;
  baselinePeriod?: string | null | undefined;
  periods: IndicatorPeriod[];
}

/** A node of the results framework with its children. */
export interface ResultNode {
  id?: string | undefined;
  level: 'objective' | 'output' | 'outcome';
  title: string;
  indicators: ResultIndicator[];
  children: ResultNode[];
}

const CHILD = { objective: 'output', output: 'outcome', outcome: null } as const;

/** Reads a project's results framework as a tree: objectives → outputs → outcomes. */
export async function getResults(db: Executor, projectId: string): Promise<ResultNode[]> {
  const { results, indicators } = await repo.listResults(db, projectId);
  const build = (parent: string | null): ResultNode[] =>
    results
      .filter((r) => r.parent_id === parent)
      .map((r) => ({
        id: r.id,
        level: r.level,
        title: r.title,
        indicators: indicators
          .filter((i) => i.result_id === r.id)
          .map((i) => ({
            id: i.id,
            name: i.name,
            unit: i.unit,
            seriesCode: i.series_code,
            sdgIndicator: i.sdg_indicator,
            baselineValue: i.baseline_value === null ? null : Number(i.baseline_value),
            baselinePeriod: i.baseline_period,
            periods: JSON.parse(i.periods) as IndicatorPeriod[],
          })),
        children: build(r.id),
      }));
  return build(null);
}

/**
 * Replaces a project's results framework with a tree. Objectives sit at the top, outputs under
 * objectives, outcomes under outputs. Indicator ids are kept when given, so that approved actuals
 * stay attached. Audited with the old and new trees.
 */
export async function setResults(
  db: Executor,
  ctx: ActionContext,
  request: { projectId: string; results: ResultNode[] },
  clock: Clock,
): Promise<ResultNode[]> {
  const { view } = await loadProject(db, ctx.actor, request.projectId, 'project.write');
  const problems: FieldProblem[] = [];
  const rows: Parameters<typeof repo.replaceResults>[2][number][] = [];
  const indicatorRows: Parameters<typeof repo.replaceResults>[3][number][] = [];
  const walk = (
    nodes: ResultNode[],
    parent: string | null,
    expected: ResultNode['level'] | null,
    path: string,
  ) =>
    nodes.forEach((node, i) => {
      const here = `${path}.${i}`;
      if (node.level !== expected)
        problems.push({ field: `${here}.level`, message: `must be ${expected ?? 'absent'} here` });
      const id = randomUUID();
      rows.push({
        id,
        project_id: view.id,
        parent_id: parent,
        level: node.level,
        title: node.title,
        position: rows.length,
      });
      node.indicators.forEach((ind) => {
        indicatorRows.push({
          id: ind.id ?? randomUUID(),
          result_id: id,
          name: ind.name,
          unit: ind.unit,
          series_code: ind.seriesCode ?? null,
          sdg_indicator: ind.sdgIndicator ?? null,
          baseline_value: ind.baselineValue ?? null,
          baseline_period: ind.baselinePeriod ?? null,
          periods: JSON.stringify(ind.periods),
          position: indicatorRows.length,
        });
      });
      walk(node.children, id, CHILD[node.level], `${here}.children`);
    });
  walk(request.results, null, 'objective', 'results');
  if (problems.length > 0) throw new ValidationError('Invalid results framework', problems);
  const before = await getResults(db, view.id);
  const at = clock();
  await withTransaction(db, async (trx) => {
    await repo.replaceResults(trx, view.id, rows, indicatorRows);
    await recordAudit(trx, ctx, at, {
      action: 'project.write',
      entityType: 'project_results',
      entityId: view.id,
      cityId: view.city.id,
      country: view.city.country,
      before,
      after: request.results,
    });
  });
  return getResults(db, view.id);
}
