import { frameworkRepository as repo, type Executor } from '@frontrunner/db';
import { NotFoundError } from '@frontrunner/domain';
import { translator } from './translator';

/** A goal as readers see it, in their language where a translation exists. */
export interface GoalView {
  number: number;
  code: string;
  title: string;
  shortTitle: string;
  colour: string;
  targetCount: number;
  indicatorCount: number;
}

/** A target as readers see it. */
export interface TargetView {
  code: string;
  goal: number;
  title: string;
  indicatorCount: number;
}

/** An indicator with the targets it is listed under. */
export interface IndicatorView {
  /** UNSD code. */
  id: string;
  /** First listed number. */
  code: string;
  title: string;
  /** Every target it is listed under, with its number there. */
  links: { target: string; code: string }[];
}

/** A goal with its targets and their indicators, as on a goal page. */
export interface GoalDetailView extends GoalView {
  targets: (TargetView & {
    indicators: (IndicatorView & { listedAs: string; alsoUnder: string[] })[];
  })[];
}

/** Every goal in order. */
export async function listGoals(db: Executor, lang: string): Promise<GoalView[]> {
  const [rows, t] = await Promise.all([repo.listGoals(db), translator(db, 'goal', lang)]);
  return rows.map((row) => ({
    number: row.number,
    code: String(row.number),
    title: t(String(row.number), 'title', row.title),
    shortTitle: t(String(row.number), 'short', row.short_title),
    colour: row.colour,
    targetCount: Number(row.target_count),
    indicatorCount: Number(row.indicator_count),
  }));
}

/** One goal with its targets and indicators; throws {@link NotFoundError}. */
export async function getGoal(
  db: Executor,
  goalNumber: number,
  lang: string,
): Promise<GoalDetailView> {
  const goal = (await listGoals(db, lang)).find((g) => g.number === goalNumber);
  if (!goal) throw new NotFoundError('goal', String(goalNumber));
  const targets = await listTargets(db, { goal: goalNumber, lang });
  const goalLinks = await repo.listIndicatorLinks(db, { goal: goalNumber });
  const indicators = await indicatorViews(
    db,
    [...new Set(goalLinks.map((l) => l.indicator_id))],
    lang,
  );
  const byId = new Map(indicators.map((i) => [i.id, i]));
  return {
    ...goal,
    targets: targets.map((target) => ({
      ...target,
      indicators: goalLinks
        .filter((link) => link.target_code === target.code)
        .flatMap((link) => {
          const indicator = byId.get(link.indicator_id);
          if (!indicator) return [];
          const alsoUnder = indicator.links
            .filter((l) => l.target !== target.code)
            .map((l) => l.code);
          return [{ ...indicator, listedAs: link.code, alsoUnder }];
        }),
    })),
  };
}

/** Targets in framework order, optionally of one goal. */
export async function listTargets(
  db: Executor,
  options: { goal?: number | undefined; lang: string },
): Promise<TargetView[]> {
  const [rows, t] = await Promise.all([
    repo.listTargets(db, { goal: options.goal }),
    translator(db, 'target', options.lang),
  ]);
  return rows.map((row) => ({
    code: row.code,
    goal: row.goal,
    title: t(row.code, 'title', row.title),
    indicatorCount: Number(row.indicator_count),
  }));
}

/** One target with its indicators; throws {@link NotFoundError}. */
export async function getTarget(
  db: Executor,
  code: string,
  lang: string,
): Promise<TargetView & { indicators: IndicatorView[] }> {
  const [row] = await repo.listTargets(db, { codes: [code] });
  if (!row) throw new NotFoundError('target', code);
  const t = await translator(db, 'target', lang, [code]);
  const links = (await repo.listIndicatorLinks(db, { goal: row.goal })).filter(
    (l) => l.target_code === code,
  );
  const indicators = await indicatorViews(
    db,
    links.map((l) => l.indicator_id),
    lang,
  );
  return {
    code: row.code,
    goal: row.goal,
    title: t(row.code, 'title', row.title),
    indicatorCount: Number(row.indicator_count),
    indicators,
  };
}

/** A page of indicators matching the filters. */
export async function searchIndicators(
  db: Executor,
  options: repo.IndicatorSearchOptions & { lang: string },
): Promise<{ items: IndicatorView[]; total: number }> {
  const { rows, total } = await repo.searchIndicators(db, options);
  return {
    items: await indicatorViews(
      db,
      rows.map((r) => r.id),
      options.lang,
    ),
    total,
  };
}

/** One indicator by any of its numbers or its UNSD code; throws {@link NotFoundError}. */
export async function getIndicator(
  db: Executor,
  code: string,
  lang: string,
): Promise<IndicatorView> {
  const row = await repo.findIndicatorByCode(db, code);
  if (!row) throw new NotFoundError('indicator', code);
  const [view] = await indicatorViews(db, [row.id], lang);
  if (!view) throw new NotFoundError('indicator', code);
  return view;
}

async function indicatorViews(
  db: Executor,
  ids: readonly string[],
  lang: string,
): Promise<IndicatorView[]> {
  const [rows, links, t] = await Promise.all([
    repo.listIndicatorsById(db, ids),
    repo.listIndicatorLinks(db, { indicatorIds: ids }),
    translator(db, 'indicator', lang, ids),
  ]);
  const order = new Map(ids.map((id, i) => [id, i]));
  return rows
    .map((row) => ({
      id: row.id,
      code: row.code,
      title: t(row.id, 'title', row.title),
      links: links
        .filter((l) => l.indicator_id === row.id)
        .map((l) => ({ target: l.target_code, code: l.code })),
    }))
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}
