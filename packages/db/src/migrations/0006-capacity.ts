import { sql, type Kysely } from 'kysely';

/**
 * Capacity building and graduation: cohorts, trainings (sessions, participants, attendance),
 * competency self-assessments, awareness surveys (codes kept apart from answers), rubric
 * versions, graduation assessments with their criteria, and certificates.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('cohort')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('training')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('cohort_id', 'text', (c) => c.references('cohort.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('place', 'text')
    .addColumn('online', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('organisers', 'text', (c) => c.notNull())
    .addColumn('topics', 'text', (c) => c.notNull())
    .addColumn('materials', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('training_kind_check', sql`kind in ('training', 'workshop')`)
    .execute();
  await db.schema
    .createTable('training_session')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('training_id', 'text', (c) => c.notNull().references('training.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('participant')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('training_id', 'text', (c) => c.notNull().references('training.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('city_id', 'text', (c) => c.references('city.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('gender', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'participant_gender_check',
      sql`gender in ('female', 'male', 'other', 'undisclosed')`,
    )
    .execute();
  await db.schema
    .createTable('attendance')
    .addColumn('session_id', 'text', (c) => c.notNull().references('training_session.id'))
    .addColumn('participant_id', 'text', (c) => c.notNull().references('participant.id'))
    .addPrimaryKeyConstraint('attendance_pk', ['session_id', 'participant_id'])
    .execute();
  await db.schema
    .createTable('competency_assessment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('city_id', 'text', (c) => c.notNull().references('city.id'))
    .addColumn('training_id', 'text', (c) => c.references('training.id'))
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('levels', 'text', (c) => c.notNull())
    .addColumn('assessed_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('competency_phase_check', sql`phase in ('before', 'after')`)
    .execute();
  await db.schema
    .createTable('survey')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('city_id', 'text', (c) => c.notNull().references('city.id'))
    .addColumn('round', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('opens_on', 'text', (c) => c.notNull())
    .addColumn('questionnaire', 'text', (c) => c.notNull())
    .addColumn('closed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('survey_round_check', sql`round in ('baseline', 'follow_up')`)
    .execute();
  // Codes hold no time and no link to an answer: only that they were used.
  await db.schema
    .createTable('survey_code')
    .addColumn('code_hash', 'text', (c) => c.primaryKey())
    .addColumn('survey_id', 'text', (c) => c.notNull().references('survey.id'))
    .addColumn('used', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // Answers hold no time, no code and no person.
  await db.schema
    .createTable('survey_response')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('survey_id', 'text', (c) => c.notNull().references('survey.id'))
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('aware', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('rubric_version')
    .addColumn('version', 'integer', (c) => c.primaryKey())
    .addColumn('rubric', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('graduation_assessment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('city_id', 'text', (c) => c.notNull().references('city.id'))
    .addColumn('rubric_version', 'integer', (c) => c.notNull())
    .addColumn('from_stage', 'text', (c) => c.notNull())
    .addColumn('target_stage', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('criteria', 'text', (c) => c.notNull())
    .addColumn('decision', 'text')
    .addColumn('decision_comment', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addCheckConstraint('graduation_status_check', sql`status in ('draft', 'submitted', 'decided')`)
    .execute();
  await db.schema
    .createIndex('graduation_assessment_city_idx')
    .on('graduation_assessment')
    .columns(['city_id', 'created_at'])
    .execute();
  await db.schema
    .createTable('certificate')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('city_id', 'text', (c) => c.references('city.id'))
    .addColumn('participant_id', 'text', (c) => c.references('participant.id'))
    .addColumn('assessment_id', 'text', (c) => c.references('graduation_assessment.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addCheckConstraint('certificate_kind_check', sql`kind in ('attendance', 'graduation')`)
    .execute();
}
