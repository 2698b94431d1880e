import {
  geoRepository,
  graduationCertificateRepository as repo,
  type Executor,
} from '@frontrunner/db';
import { NotFoundError, type GraduationStage } from '@frontrunner/domain';
import type { ActionContext } from '../access/actor';
import { authorize } from '../access/policy';
import { getAssessment } from './assessment-store';

/** A graduation certificate: a public fact (the city, the stage it reached, when, by which rubric). */
export interface GraduationCertificateView {
  /** The certificate's id, printed on it as its verification reference. */
  id: string;
  assessmentId: string;
  city: { slug: string; name: string; country: string };
  /** Stage the city left. */
  fromStage: string;
  /** Stage the decision moved the city to. */
  stage: GraduationStage;
  /** e.g. "Model City". */
  title: string;
  /** Rubric version the assessment was made with. */
  rubricVersion: number;
  /** ISO 8601: when the secretariat decided. */
  decidedAt: string;
  /** ISO 8601: when the certificate was issued (the same transaction as the decision). */
  issuedAt: string;
}

function toView(r: repo.GraduationCertificateRow): GraduationCertificateView {
  return {
    id: r.id,
    assessmentId: r.assessment_id,
    city: { slug: r.city_slug, name: r.city_name, country: r.country_iso3 },
    fromStage: r.from_stage,
    stage: r.target_stage as GraduationStage,
    title: r.title,
    rubricVersion: Number(r.rubric_version),
    decidedAt: r.decided_at ?? r.issued_at,
    issuedAt: r.issued_at,
  };
}

/** The certificate issued for an assessment; NotFound while undecided or when not graduated. */
export async function getAssessmentCertificate(
  db: Executor,
  ctx: ActionContext,
  assessmentId: string,
): Promise<GraduationCertificateView> {
  authorize(ctx.actor, 'graduation_certificate.read');
  const row = await repo.findByAssessment(db, assessmentId);
  if (!row) throw new NotFoundError('graduation certificate of assessment', assessmentId);
  return toView(row);
}

/** Verifies a certificate by the reference printed on it. */
export async function getGraduationCertificate(
  db: Executor,
  ctx: ActionContext,
  id: string,
): Promise<GraduationCertificateView> {
  authorize(ctx.actor, 'graduation_certificate.read');
  const row = await repo.findGraduationCertificate(db, id);
  if (!row) throw new NotFoundError('graduation certificate', id);
  return toView(row);
}

/** A city's graduation certificates, newest first (public). */
export async function listCityCertificates(
  db: Executor,
  ctx: ActionContext,
  slug: string,
): Promise<GraduationCertificateView[]> {
  authorize(ctx.actor, 'graduation_certificate.read');
  const [city] = await geoRepository.listCityRefsBySlug(db, [slug]);
  if (!city) throw new NotFoundError('city', slug);
  return (await repo.listByCity(db, city.id)).map(toView);
}

/** What happened to an assessment: who started, filled in, submitted, scored and decided it. */
export interface AssessmentStep {
  /** ISO 8601. */
  at: string;
  kind: 'started' | 'self_assessed' | 'submitted' | 'reviewed' | 'decided';
  /** Name of the user; null for the system or the command line. */
  by: string | null;
  /** For `decided`: the decision. */
  decision: 'graduated' | 'not_yet' | null;
}

function stepKind(action: string, after: Record<string, unknown>): AssessmentStep['kind'] {
  if (action === 'assessment.decide') return 'decided';
  if (action === 'assessment.score') return 'reviewed';
  if (after.status === 'submitted') return 'submitted';
  if (after.status === 'draft') return 'started';
  return 'self_assessed';
}

/** The history of one assessment, oldest first, from the audit trail (readers of the assessment). */
export async function listAssessmentSteps(
  db: Executor,
  ctx: ActionContext,
  assessmentId: string,
): Promise<AssessmentStep[]> {
  await getAssessment(db, ctx, assessmentId);
  const rows = await repo.listAssessmentSteps(db, assessmentId);
  return rows.map((r) => {
    const after = (r.after_json ? JSON.parse(r.after_json) : {}) as Record<string, unknown>;
    const decision = after.decision === 'graduated' || after.decision === 'not_yet';
    return {
      at: r.occurred_at,
      kind: stepKind(r.action, after),
      by: r.actor_name,
      decision: decision ? (after.decision as 'graduated' | 'not_yet') : null,
    };
  });
}
