import { str, type ResultDraft } from './case-form.ts';

/** A project indicator as the results form offers it. */
export interface MonitoredIndicator {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  /** City series code, else SDG indicator code: what a result links to. */
  readonly seriesCode: string | null;
  readonly baselineValue: number | null;
  readonly periods: readonly {
    readonly period: string;
    readonly disaggregation: string;
    readonly actual: number | null;
  }[];
}

/**
 * A result row from a monitored indicator: its name and unit, its latest actual of the whole
 * population (no disaggregation) and that period's year, its baseline, linked to its series.
 * The value stays empty when nothing was measured yet.
 *
 * @example
 * resultFromIndicator({ name: 'Households served', unit: 'households', seriesCode: '6.1.1', ... })
 */
export function resultFromIndicator(indicator: MonitoredIndicator): ResultDraft {
  const measured = indicator.periods.filter((p) => p.actual !== null && p.disaggregation === '');
  const last = measured[measured.length - 1];
  const year = last ? Number.parseInt(last.period, 10) : Number.NaN;
  return {
    label: indicator.name,
    value: str(last?.actual),
    unit: indicator.unit,
    baseline: str(indicator.baselineValue),
    year: Number.isFinite(year) ? String(year) : '',
    seriesCode: indicator.seriesCode ?? '',
  };
}

/** A project's results framework, as far as the case editor reads it. */
interface ResultTree {
  readonly indicators: readonly (Omit<MonitoredIndicator, 'seriesCode'> & {
    readonly seriesCode?: string | null;
    readonly sdgIndicator: string | null;
  })[];
  readonly children: readonly ResultTree[];
}

/** Every indicator of a project's results framework, depth first, linked to its series. */
export function monitoredIndicators(nodes: readonly ResultTree[]): MonitoredIndicator[] {
  return nodes.flatMap((node) => [
    ...node.indicators.map((i) => ({ ...i, seriesCode: i.seriesCode ?? i.sdgIndicator })),
    ...monitoredIndicators(node.children),
  ]);
}
