import { projectsRepository, type Executor } from '@frontrunner/db';
import type { CaseFacts, CaseResult } from '@frontrunner/domain';
import type { CaseTextInput } from './case-view';

/** What a case starts from when it grows from a project. */
export interface CasePrefill {
  readonly facts: CaseFacts;
  readonly text: CaseTextInput;
}

interface Period {
  period: string;
  disaggregation: string;
  target: number | null;
  actual: number | null;
}

/**
 * Fills a new case from a project: title, summary and description, first theme, budget,
 * partners and links; SDG targets from its benefit claims; results from the latest actual of
 * each monitored indicator (headline only), linked to the indicator's series.
 */
export async function prefillFromProject(
  db: Executor,
  project: projectsRepository.ProjectRow,
): Promise<CasePrefill> {
  const { indicators } = await projectsRepository.listResults(db, project.id);
  const claims = await projectsRepository.listClaims(db, [project.id]);
  const results: CaseResult[] = [];
  for (const i of indicators) {
    const periods = (JSON.parse(i.periods) as Period[]).filter(
      (p) => p.actual !== null && p.disaggregation === '',
    );
    const last = periods[periods.length - 1];
    if (!last || last.actual === null) continue;
    const year = Number.parseInt(last.period, 10);
    results.push({
      label: i.name,
      value: last.actual,
      unit: i.unit,
      baseline: i.baseline_value,
      year: Number.isFinite(year) ? year : null,
      seriesCode: i.series_code ?? i.sdg_indicator,
    });
  }
  const themes = JSON.parse(project.themes) as string[];
  const partners = JSON.parse(project.partners) as { name: string }[];
  const links = JSON.parse(project.links) as { title: string; url: string }[];
  return {
    facts: {
      theme: themes[0] ?? null,
      targets: [...new Set(claims.filter((c) => c.kind !== 'trade_off').map((c) => c.target_code))],
      results,
      cost: project.budget === null ? null : Number(project.budget),
      currency: project.currency,
      partners: partners.map((p) => p.name),
      links: links.map((l) => ({ url: l.url, label: l.title })),
    },
    text: { title: project.title, summary: project.summary, actions: project.description },
  };
}
