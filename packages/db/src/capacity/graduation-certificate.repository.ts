import type { Executor } from '../connection/connect';

/** A graduation certificate with the assessment and city it was issued for. */
export interface GraduationCertificateRow {
  id: string;
  assessment_id: string;
  title: string;
  issued_at: string;
  city_slug: string;
  city_name: string;
  country_iso3: string;
  rubric_version: number;
  from_stage: string;
  target_stage: string;
  decided_at: string | null;
}

function certificates(db: Executor) {
  return db
    .selectFrom('certificate')
    .innerJoin('graduation_assessment', 'graduation_assessment.id', 'certificate.assessment_id')
    .innerJoin('city', 'city.id', 'certificate.city_id')
    .select([
      'certificate.id',
      'certificate.title',
      'certificate.issued_at',
      'city.slug as city_slug',
      'city.name as city_name',
      'city.country_iso3',
      'graduation_assessment.id as assessment_id',
      'graduation_assessment.rubric_version',
      'graduation_assessment.from_stage',
      'graduation_assessment.target_stage',
      'graduation_assessment.decided_at',
    ])
    .where('certificate.kind', '=', 'graduation');
}

/** The graduation certificate issued for an assessment, if its decision graduated the city. */
export async function findByAssessment(
  db: Executor,
  assessmentId: string,
): Promise<GraduationCertificateRow | undefined> {
  return certificates(db).where('certificate.assessment_id', '=', assessmentId).executeTakeFirst();
}

/** The graduation certificate with this id (its verification reference), if any. */
export async function findGraduationCertificate(
  db: Executor,
  id: string,
): Promise<GraduationCertificateRow | undefined> {
  return certificates(db).where('certificate.id', '=', id).executeTakeFirst();
}

/** A city's graduation certificates, newest first. */
export async function listByCity(
  db: Executor,
  cityId: string,
): Promise<GraduationCertificateRow[]> {
  return certificates(db)
    .where('certificate.city_id', '=', cityId)
    .orderBy('certificate.issued_at', 'desc')
    .orderBy('certificate.id')
    .execute();
}

/** One step of an assessment's history: an audit entry and the name of the user behind it. */
export interface AssessmentStepRow {
  occurred_at: string;
  action: string;
  actor_kind: string;
  actor_name: string | null;
  after_json: string | null;
}

/** The audit entries of an assessment, oldest first, with the names of the users who wrote them. */
export async function listAssessmentSteps(
  db: Executor,
  assessmentId: string,
): Promise<AssessmentStepRow[]> {
  return db
    .selectFrom('audit_entry')
    .leftJoin('user_account', 'user_account.id', 'audit_entry.actor_user_id')
    .select([
      'audit_entry.occurred_at',
      'audit_entry.action',
      'audit_entry.actor_kind',
      'user_account.name as actor_name',
      'audit_entry.after_json',
    ])
    .where('audit_entry.entity_type', '=', 'graduation_assessment')
    .where('audit_entry.entity_id', '=', assessmentId)
    .orderBy('audit_entry.seq')
    .execute();
}
