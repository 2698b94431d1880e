import { sql, type Kysely } from 'kysely';

/** SDG framework, translations, countries and cities. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('goal')
    .addColumn('number', 'integer', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('short_title', 'text', (c) => c.notNull())
    .addColumn('colour', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('target')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('goal', 'integer', (c) => c.notNull().references('goal.number'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('target_goal_idx').on('target').column('goal').execute();
  await db.schema
    .createTable('indicator')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('indicator_target')
    .addColumn('indicator_id', 'text', (c) => c.notNull().references('indicator.id'))
    .addColumn('target_code', 'text', (c) => c.notNull().references('target.code'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('indicator_target_pk', ['indicator_id', 'target_code'])
    .execute();
  await db.schema
    .createIndex('indicator_target_target_idx')
    .on('indicator_target')
    .column('target_code')
    .execute();
  await db.schema
    .createTable('translation')
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_key', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('translation_pk', ['entity', 'entity_key', 'field', 'lang'])
    .execute();
  await db.schema
    .createTable('country')
    .addColumn('iso3', 'text', (c) => c.primaryKey())
    .addColumn('iso2', 'text', (c) => c.notNull().unique())
    .addColumn('m49', 'integer', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('outline', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('city')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('ascii_name', 'text', (c) => c.notNull())
    .addColumn('country_iso3', 'text', (c) => c.notNull().references('country.iso3'))
    .addColumn('province', 'text')
    .addColumn('latitude', 'double precision', (c) => c.notNull())
    .addColumn('longitude', 'double precision', (c) => c.notNull())
    .addColumn('population', 'integer')
    .addColumn('population_source', 'text')
    .addColumn('capital', 'text')
    .addColumn('stage', 'text', (c) => c.notNull().defaultTo('none'))
    .addColumn('cohort', 'text')
    .addColumn('priority_goals', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('geonames_id', 'text')
    .addColumn('wikidata_id', 'text')
    .addColumn('simplemaps_id', 'text')
    .addColumn('sources', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('city_stage_check', sqlStage())
    .execute();
  await db.schema.createIndex('city_country_idx').on('city').column('country_iso3').execute();
  await db.schema.createIndex('city_stage_idx').on('city').column('stage').execute();
}

function sqlStage() {
  return sql`stage in ('none', 'candidate', 'model_city', 'frontrunner')`;
}
