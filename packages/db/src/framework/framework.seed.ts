import type { Framework } from '@frontrunner/domain';
import type { Insertable } from 'kysely';
import type { Executor } from '../connection/connect';
import type { Database } from '../schema';

/** Inserts a framework's rows that are not there yet, in batches; existing rows stay as they are. */
export async function insertFrameworkRows(db: Executor, framework: Framework): Promise<void> {
  await insertMissing(
    db,
    'goal',
    ['number'],
    framework.goals.map((g) => ({
      number: g.number,
      title: g.title,
      short_title: g.shortTitle,
      colour: g.colour,
    })),
  );
  await insertMissing(
    db,
    'target',
    ['code'],
    framework.targets.map((t, i) => ({ code: t.code, goal: t.goal, title: t.title, position: i })),
  );
  await insertMissing(
    db,
    'indicator',
    ['id'],
    framework.indicators.map((ind, i) => ({
      id: ind.id,
      code: ind.code,
      title: ind.title,
      position: i,
    })),
  );
  const targetOrder = new Map(framework.targets.map((t, i) => [t.code, i]));
  await insertMissing(
    db,
    'indicator_target',
    ['indicator_id', 'target_code'],
    framework.indicators.flatMap((ind, i) =>
      ind.links.map((link) => ({
        indicator_id: ind.id,
        target_code: link.target,
        code: link.code,
        position: (targetOrder.get(link.target) ?? 0) * 1000 + i,
      })),
    ),
  );
  await insertMissing(
    db,
    'translation',
    ['entity', 'entity_key', 'field', 'lang'],
    framework.translations.flatMap((t) =>
      Object.entries(t.texts).map(([lang, text]) => ({
        entity: t.level,
        entity_key: t.key,
        field: t.field,
        lang,
        text: text ?? '',
      })),
    ),
  );
}

async function insertMissing<T extends keyof Database & string>(
  db: Executor,
  table: T,
  key: readonly string[],
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    const batch = rows.slice(i, i + 200);
    if (batch.length === 0) continue;
    await db
      .insertInto(table)
      .values(batch as never)
      .onConflict((oc) => oc.columns(key as never).doNothing())
      .execute();
  }
}
