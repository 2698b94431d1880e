import {
  interlinkageRunsRepository as runs,
  seriesRepository,
  type Executor,
} from '@frontrunner/db';
import {
  directionSign,
  NotFoundError,
  ValidationError,
  type InterlinkageDirection,
  type LinkKind,
} from '@frontrunner/domain';
import { loadAnalysisValues } from './analysis-inputs';
import { ensureRun, type RunOptions } from './run.service';
import { byCode, runView, seriesPairView, type RunView, type SeriesPairView } from './run-view';
import { presentScope, type InterlinkageScope, type ScopeView } from './scope';

/** A target code such as `11.6` or `6.a`. */
export const TARGET_CODE = /^\d{1,2}\.[0-9a-z]{1,2}$/;

/** One approved value of a series, for the charts. */
export interface SeriesPoint {
  /** The country (ISO3) or city (slug) the value is for. */
  area: string;
  year: number;
  /** As published, in the series' unit. */
  value: number;
  /** Multiplied by −1 where lower is better: the value the correlation ranks. */
  aligned: number;
}

/** A series of a link with its values over time. */
export interface LinkSeriesView {
  code: string;
  name: string;
  /** Unit of measure, e.g. `percent`. */
  unit: string;
  direction: InterlinkageDirection;
  target: string;
  /** Values by area, then year. */
  values: SeriesPoint[];
}

/** Everything behind one link: the pairs with ρ and n, and both sides' values by year. */
export interface LinkEvidenceView {
  scope: ScopeView;
  run: RunView;
  /** `target` when a and b are targets (mean over series pairs), `series` for one series pair. */
  level: 'target' | 'series';
  a: string;
  b: string;
  /** The link as the network holds it: its ρ (mean ρ for targets), kind and pairs averaged. */
  link: { rho: number | null; kind: LinkKind; pairs: number };
  seriesPairs: SeriesPairView[];
  series: LinkSeriesView[];
}

/**
 * The evidence of a link between two targets, or two series, in a scope's current run: every
 * correlated series pair with ρ and n, and the approved values of every series involved.
 * @throws ValidationError when one side is a target and the other a series (field `b`)
 * @throws NotFoundError when the run has no correlated pair between them
 */
export async function getLinkEvidence(
  db: Executor,
  scope: InterlinkageScope,
  pair: { a: string; b: string },
  options: RunOptions,
): Promise<LinkEvidenceView> {
  const level = TARGET_CODE.test(pair.a) ? 'target' : 'series';
  if (TARGET_CODE.test(pair.b) !== (level === 'target'))
    throw new ValidationError('Ask for two targets or two series', [
      { field: 'b', message: `must be a ${level} code like a` },
    ]);
  const outcome = await ensureRun(db, scope, options);
  if (!outcome.run) throw new NotFoundError('interlinkage network', presentScope(scope).key);
  const run = outcome.run;
  const key = [pair.a, pair.b] as const;
  const rows = (
    await runs.listSeriesLinks(db, run.id, level === 'target' ? { targets: key } : { series: key })
  ).filter((r) => level === 'series' || (r.target_a !== r.target_b && r.rho !== null));
  const [a, b] = [pair.a, pair.b].sort(byCode) as [string, string];
  const targetLink =
    level === 'target'
      ? (await runs.listTargetLinks(db, run.id)).find((t) => t.target_a === a && t.target_b === b)
      : undefined;
  const seriesLink = rows[0];
  if (!seriesLink || (level === 'target' && !targetLink))
    throw new NotFoundError('link', `${a} ~ ${b} in ${presentScope(scope).key}`);
  const link = targetLink
    ? { rho: Number(targetLink.rho), kind: targetLink.kind, pairs: Number(targetLink.pairs) }
    : {
        rho: seriesLink.rho === null ? null : Number(seriesLink.rho),
        kind: seriesLink.kind,
        pairs: 1,
      };
  const codes = new Set(rows.flatMap((r) => [r.series_a, r.series_b]));
  const catalogue = outcome.catalogue.filter((s) => codes.has(s.series));
  const [values, details] = await Promise.all([
    loadAnalysisValues(db, scope, catalogue),
    seriesRepository.listSeriesById(
      db,
      catalogue.map((s) => s.id),
    ),
  ]);
  const detail = new Map(details.map((d) => [d.id, d]));
  return {
    scope: presentScope(scope),
    run: runView(run),
    level,
    a,
    b,
    link,
    seriesPairs: rows.map(seriesPairView),
    series: catalogue
      .map((s) => ({
        code: s.series,
        name: detail.get(s.id)?.name ?? s.series,
        unit: detail.get(s.id)?.unit ?? '',
        direction: s.direction,
        target: s.target,
        values: values
          .filter((v) => v.series === s.series)
          .map((v) => ({
            area: v.unit,
            year: v.year,
            value: v.value,
            aligned: v.value * directionSign(s.direction),
          }))
          .sort((x, y) => byCode(x.area, y.area) || x.year - y.year),
      }))
      .sort((x, y) => byCode(x.code, y.code)),
  };
}
