import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../api/graduation-types.ts';
import '../components/capacity/capacity.css';
import '../components/graduation/graduation.css';
import { AccessState } from '../components/AccessState.tsx';
import { AssessmentSteps } from '../components/graduation/AssessmentSteps.tsx';
import { CriterionCard } from '../components/graduation/CriterionCard.tsx';
import { DecisionForm } from '../components/graduation/DecisionForm.tsx';
import { ReviewForm } from '../components/graduation/ReviewForm.tsx';
import { SelfAssessmentForm } from '../components/graduation/SelfAssessmentForm.tsx';
import { certificatePdfUrl } from '../api/graduation.api.ts';
import { ErrorState, LoadingState } from '../components/StatusMessages.tsx';
import { useCity } from '../hooks/use-cities.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useAssessment, useRubricVersion } from '../hooks/use-graduation.ts';
import { useLanguage } from '../hooks/use-language.ts';
import { useSession } from '../hooks/use-session.ts';
import { allowsOnCity } from '../lib/access.ts';
import { formatDate } from '../lib/dates.ts';
import { failureKind } from '../lib/field-errors.ts';
import { NotFoundContent } from './NotFoundPage.tsx';

const assessmentRoute = getRouteApi('/assessments/$id');

/**
 * One graduation assessment, criterion by criterion: the rubric's levels, the platform's
 * evidence, the city's self-assessment and the reviewers' scores. The city's editors fill in a
 * draft, reviewers score a submitted one, the secretariat decides. Never a ranking.
 */
export function AssessmentPage() {
  const { t } = useTranslation();
  const assessment = useAssessment(assessmentRoute.useParams().id);
  if (assessment.isPending) return <LoadingState />;
  if (assessment.isError) {
    const kind = failureKind(assessment.error);
    if (kind === 'not-found' || kind === 'invalid')
      return <NotFoundContent message={t('graduation.notFound')} />;
    if (kind === 'signed-out' || kind === 'forbidden')
      return <AccessState kind={kind} audience={t('capacity.readiness.audience')} />;
    return <ErrorState error={assessment.error} onRetry={() => void assessment.refetch()} />;
  }
  return <AssessmentView assessment={assessment.data} />;
}

type Mode = 'self' | 'review' | 'decide' | 'read';

function useMode(assessment: Assessment, country: string | undefined): Mode {
  const session = useSession();
  if (country === undefined) return 'read';
  const city = { slug: assessment.city, country };
  if (assessment.status === 'draft' && allowsOnCity(session.data, 'assessment.write', city))
    return 'self';
  if (assessment.status === 'submitted') {
    if (allowsOnCity(session.data, 'assessment.decide', city)) return 'decide';
    if (allowsOnCity(session.data, 'assessment.score', city)) return 'review';
  }
  return 'read';
}

function AssessmentView({ assessment }: { readonly assessment: Assessment }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const city = useCity(assessment.city).data;
  const name = city?.name ?? assessment.city;
  const stage = t(`stage.${assessment.targetStage}`);
  useDocumentTitle(t('graduation.title', { city: name, stage }));
  const rubric = useRubricVersion(assessment.rubricVersion);
  const mode = useMode(assessment, city?.country);
  return (
    <article className="capacity-page assessment-page">
      <p className="back-link">
        <Link to="/cities/$slug/readiness" params={{ slug: assessment.city }}>
          <span aria-hidden="true">← </span>
          {t('capacity.readiness.title', { city: name })}
        </Link>
      </p>
      <h1>{t('graduation.title', { city: name, stage })}</h1>
      <dl className="assessment-facts">
        <dt>{t('graduation.status')}</dt>
        <dd className={`assessment-status assessment-status--${assessment.status}`}>
          {t(`capacity.assessmentStatus.${assessment.status}`)}
        </dd>
        <dt>{t('graduation.for')}</dt>
        <dd>
          {t(`stage.${assessment.fromStage}` as 'stage.candidate')} → {stage}
        </dd>
        <dt>{t('graduation.rubricVersion')}</dt>
        <dd>{assessment.rubricVersion}</dd>
        <dt>{t('graduation.started')}</dt>
        <dd>{formatDate(assessment.createdAt, language)}</dd>
        <dt>{t('graduation.readiness')}</dt>
        <dd>
          {t('graduation.metOf', {
            met: assessment.readiness.met.length,
            total: assessment.criteria.length,
          })}
        </dd>
      </dl>
      <Decided assessment={assessment} />
      {mode === 'self' && <SelfAssessmentForm assessment={assessment} rubric={rubric} />}
      {mode === 'review' && <ReviewForm assessment={assessment} rubric={rubric} />}
      {mode === 'decide' && (
        <>
          <ReviewForm assessment={assessment} rubric={rubric} />
          <DecisionForm assessment={assessment} />
        </>
      )}
      {mode === 'read' && (
        <section aria-labelledby="criteria-heading">
          <h2 id="criteria-heading">{t('graduation.criteriaTitle')}</h2>
          {assessment.criteria.map((c) => (
            <CriterionCard
              key={c.key}
              assessment={assessment}
              criterion={c}
              rubric={rubric?.criteria.find((r) => r.key === c.key)}
            />
          ))}
        </section>
      )}
      <AssessmentSteps id={assessment.id} />
    </article>
  );
}

function Decided({ assessment }: { readonly assessment: Assessment }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (assessment.status !== 'decided' || !assessment.decision) return null;
  const graduated = assessment.decision === 'graduated';
  return (
    <section
      aria-labelledby="decided-heading"
      className={`notice assessment-decided assessment-decided--${assessment.decision}`}
    >
      <h2 id="decided-heading" tabIndex={-1}>
        {graduated
          ? t('graduation.graduatedTo', { stage: t(`stage.${assessment.targetStage}`) })
          : t('graduation.decisionNames.not_yet')}
      </h2>
      {assessment.decidedAt && (
        <p>{t('graduation.decidedOn', { date: formatDate(assessment.decidedAt, language) })}</p>
      )}
      {assessment.decisionComment && (
        <p>
          <strong>{t('graduation.reason')}:</strong> {assessment.decisionComment}
        </p>
      )}
      {graduated && (
        <p>
          <a className="button" href={certificatePdfUrl(assessment.id, language)} download>
            {t('graduation.certificatePdf')}
          </a>
        </p>
      )}
    </section>
  );
}
