import { sql, type Selectable } from 'kysely';
import type { Executor } from '../connection/connect';
import type { Database } from '../schema';
import { likePattern } from '../query/like';

export type GoalRow = Selectable<Database['goal']> & {
  target_count: number;
  indicator_count: number;
};
export type TargetRow = Selectable<Database['target']> & { indicator_count: number };
export type IndicatorRow = Selectable<Database['indicator']>;
export type IndicatorLinkRow = Selectable<Database['indicator_target']> & { goal: number };
export type TranslationRow = Selectable<Database['translation']>;

/** Every goal, in order, with how many targets and distinct indicators it has. */
export async function listGoals(db: Executor): Promise<GoalRow[]> {
  return db
    .selectFrom('goal')
    .selectAll('goal')
    .select((eb) => [
      eb
        .selectFrom('target')
        .whereRef('target.goal', '=', 'goal.number')
        .select(eb.fn.countAll<number>().as('n'))
        .as('target_count'),
      eb
        .selectFrom('indicator_target')
        .innerJoin('target', 'target.code', 'indicator_target.target_code')
        .whereRef('target.goal', '=', 'goal.number')
        .select(sql<number>`count(distinct indicator_target.indicator_id)`.as('n'))
        .as('indicator_count'),
    ])
    .orderBy('goal.number')
    .execute() as Promise<GoalRow[]>;
}

/** Targets in framework order, optionally of one goal or with the given codes. */
export async function listTargets(
  db: Executor,
  filter: { goal?: number | undefined; codes?: readonly string[] | undefined } = {},
): Promise<TargetRow[]> {
  let query = db
    .selectFrom('target')
    .selectAll('target')
    .select((eb) =>
      eb
        .selectFrom('indicator_target')
        .whereRef('indicator_target.target_code', '=', 'target.code')
        .select(eb.fn.countAll<number>().as('n'))
        .as('indicator_count'),
    )
    .orderBy('target.position');
  if (filter.goal !== undefined) query = query.where('target.goal', '=', filter.goal);
  if (filter.codes !== undefined) {
    if (filter.codes.length === 0) return [];
    query = query.where('target.code', 'in', filter.codes);
  }
  return query.execute() as Promise<TargetRow[]>;
}

/** Indicator-to-target links of the given indicators or of one goal, in framework order. */
export async function listIndicatorLinks(
  db: Executor,
  filter: { goal?: number | undefined; indicatorIds?: readonly string[] | undefined },
): Promise<IndicatorLinkRow[]> {
  let query = db
    .selectFrom('indicator_target')
    .innerJoin('target', 'target.code', 'indicator_target.target_code')
    .selectAll('indicator_target')
    .select('target.goal')
    .orderBy('target.position')
    .orderBy('indicator_target.position');
  if (filter.goal !== undefined) query = query.where('target.goal', '=', filter.goal);
  if (filter.indicatorIds !== undefined) {
    if (filter.indicatorIds.length === 0) return [];
    query = query.where('indicator_target.indicator_id', 'in', filter.indicatorIds);
  }
  return query.execute();
}

/** Indicators by id. */
export async function listIndicatorsById(
  db: Executor,
  ids: readonly string[],
): Promise<IndicatorRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('indicator')
    .selectAll()
    .where('id', 'in', ids)
    .orderBy('position')
    .execute();
}

/** Filters for {@link searchIndicators}. */
export interface IndicatorSearchOptions {
  goal?: number | undefined;
  target?: string | undefined;
  /** Matched against the code, the English title and the title in `lang`. */
  q?: string | undefined;
  lang?: string | undefined;
  limit: number;
  offset: number;
}

/** A page of indicators and the total that match. */
export async function searchIndicators(
  db: Executor,
  options: IndicatorSearchOptions,
): Promise<{ rows: IndicatorRow[]; total: number }> {
  let query = db.selectFrom('indicator');
  if (options.goal !== undefined || options.target !== undefined) {
    const { goal, target } = options;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('indicator_target')
          .innerJoin('target', 'target.code', 'indicator_target.target_code')
          .whereRef('indicator_target.indicator_id', '=', 'indicator.id')
          .$if(goal !== undefined, (q) => q.where('target.goal', '=', goal as number))
          .$if(target !== undefined, (q) => q.where('target.code', '=', target as string))
          .select(sql.lit(1).as('one')),
      ),
    );
  }
  if (options.q) {
    const pattern = likePattern(options.q.toLowerCase());
    const lang = options.lang ?? 'en';
    query = query.where((eb) =>
      eb.or([
        sql<boolean>`lower(indicator.title) like ${pattern} escape '\\'`,
        sql<boolean>`indicator.code like ${pattern} escape '\\'`,
        eb.exists(
          eb
            .selectFrom('indicator_target')
            .whereRef('indicator_target.indicator_id', '=', 'indicator.id')
            .where(sql<boolean>`indicator_target.code like ${pattern} escape '\\'`)
            .select(sql.lit(1).as('one')),
        ),
        eb.exists(
          eb
            .selectFrom('translation')
            .where('translation.entity', '=', 'indicator')
            .whereRef('translation.entity_key', '=', 'indicator.id')
            .where('translation.lang', '=', lang)
            .where(sql<boolean>`lower(translation.text) like ${pattern} escape '\\'`)
            .select(sql.lit(1).as('one')),
        ),
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    query
      .selectAll('indicator')
      .orderBy('indicator.position')
      .limit(options.limit)
      .offset(options.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

/** The indicator listed under `code` under any of its targets, or by its UNSD id. */
export async function findIndicatorByCode(
  db: Executor,
  code: string,
): Promise<IndicatorRow | undefined> {
  return db
    .selectFrom('indicator')
    .selectAll('indicator')
    .where((eb) =>
      eb.or([
        eb('indicator.id', '=', code),
        eb('indicator.code', '=', code),
        eb.exists(
          eb
            .selectFrom('indicator_target')
            .whereRef('indicator_target.indicator_id', '=', 'indicator.id')
            .where('indicator_target.code', '=', code)
            .select(sql.lit(1).as('one')),
        ),
      ]),
    )
    .executeTakeFirst();
}

/** Translations of one kind of entity into one language, optionally for some keys only. */
export async function listTranslations(
  db: Executor,
  options: { entity: TranslationRow['entity']; lang: string; keys?: readonly string[] | undefined },
): Promise<TranslationRow[]> {
  let query = db
    .selectFrom('translation')
    .selectAll()
    .where('entity', '=', options.entity)
    .where('lang', '=', options.lang);
  if (options.keys !== undefined) {
    if (options.keys.length === 0) return [];
    query = query.where('entity_key', 'in', options.keys);
  }
  return query.execute();
}

/** How many rows each framework table holds. */
export async function countFramework(
  db: Executor,
): Promise<{ goals: number; targets: number; indicators: number; links: number }> {
  const count = async (table: 'goal' | 'target' | 'indicator' | 'indicator_target') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    goals: await count('goal'),
    targets: await count('target'),
    indicators: await count('indicator'),
    links: await count('indicator_target'),
  };
}
