import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../lib/dates.ts';
import { useLanguage } from '../hooks/use-language.ts';
import type { ReadinessView } from '../api/capacity-types.ts';
import type { CityStage } from '../api/types.ts';
import { AwarenessTable } from '../components/capacity/AwarenessTable.tsx';
import '../components/capacity/capacity.css';
import '../components/projects/projects.css';
import { CompetencyTable } from '../components/capacity/CompetencyTable.tsx';
import { CriteriaList } from '../components/capacity/CriteriaList.tsx';
import { EvidenceList } from '../components/capacity/EvidenceList.tsx';
import { AssessmentHistory } from '../components/graduation/AssessmentHistory.tsx';
import { CertificateList } from '../components/graduation/CertificateList.tsx';
import { LearningPath } from '../components/capacity/LearningPath.tsx';
import { QueryResult } from '../components/QueryResult.tsx';
import { RequireAccess } from '../components/RequireAccess.tsx';
import { StageBadge } from '../components/StageBadge.tsx';
import {
  useAwareness,
  useCityCompetencies,
  useReadiness,
  useRubric,
} from '../hooks/use-capacity.ts';
import { useCity } from '../hooks/use-cities.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { NotFoundContent } from './NotFoundPage.tsx';

const readinessRoute = getRouteApi('/cities/$slug/readiness');

/**
 * A city's readiness for its next stage: criteria met and missing with levels and evidence,
 * the learning path with its reasons, awareness over time and competency change. Never a rank.
 */
export function ReadinessPage() {
  const { t } = useTranslation();
  const { slug } = readinessRoute.useParams();
  const city = useCity(slug);
  const name = city.data?.name ?? slug;
  useDocumentTitle(t('capacity.readiness.title', { city: name }));
  return (
    <RequireAccess action="assessment.read" audience={t('capacity.readiness.audience')}>
      {() => <ReadinessContent slug={slug} name={name} country={city.data?.country} />}
    </RequireAccess>
  );
}

function ReadinessContent({
  slug,
  name,
  country,
}: {
  readonly slug: string;
  readonly name: string;
  /** ISO3 of the city's country, once the city is loaded. */
  readonly country: string | undefined;
}) {
  const { t } = useTranslation();
  const readiness = useReadiness(slug, true);
  return (
    <article className="capacity-page">
      <p className="back-link">
        <Link to="/cities/$slug" params={{ slug }}>
          <span aria-hidden="true">← </span>
          {name}
        </Link>
      </p>
      <h1>{t('capacity.readiness.title', { city: name })}</h1>
      <p className="lead">{t('capacity.readiness.intro')}</p>
      <QueryResult query={readiness} notFound={<NotFoundContent />}>
        {(data) => <ReadinessBody data={data} country={country} />}
      </QueryResult>
      <CertificateList slug={slug} />
      <CityCapacity slug={slug} />
      <p>
        <Link to="/cities/$slug/recommendations" params={{ slug }} className="button button--quiet">
          {t('capacity.readiness.recommendations')}
        </Link>{' '}
        <Link to="/rubric" className="button button--quiet">
          {t('rubricEditor.link')}
        </Link>
      </p>
    </article>
  );
}

function ReadinessBody({
  data,
  country,
}: {
  readonly data: ReadinessView;
  readonly country: string | undefined;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const rubric = useRubric(data.readiness !== null).data;
  const { readiness, assessment } = data;
  return (
    <>
      <p className="capacity-stages">
        <StageBadge stage={data.stage as CityStage} />
        {data.targetStage && (
          <>
            <span aria-hidden="true">→</span>
            <span>{t('capacity.readiness.target', { stage: t(`stage.${data.targetStage}`) })}</span>
          </>
        )}
      </p>
      {readiness === null ? (
        <p>{t('capacity.readiness.atTop')}</p>
      ) : (
        <>
          <p className={readiness.ready ? 'capacity-ready' : undefined} role="status">
            {readiness.ready
              ? t('capacity.readiness.ready')
              : t('capacity.readiness.notReady', { count: readiness.missing.length })}{' '}
            <span className="small muted">
              {t('capacity.readiness.rubric', { version: readiness.rubricVersion })}
            </span>
          </p>
          <p className="small">
            {assessment
              ? t('capacity.readiness.assessment', {
                  status: t(`capacity.assessmentStatus.${assessment.status}`),
                  date: formatDate(assessment.createdAt, language),
                })
              : t('capacity.readiness.noAssessment')}
          </p>
          <div className="capacity-grid">
            <section aria-labelledby="missing-heading">
              <h2 id="missing-heading">{t('capacity.readiness.missing')}</h2>
              <CriteriaList
                criteria={readiness.missing}
                rubric={rubric}
                empty={t('capacity.readiness.noneMissing')}
              />
            </section>
            <section aria-labelledby="met-heading">
              <h2 id="met-heading">{t('capacity.readiness.met')}</h2>
              <CriteriaList
                criteria={readiness.met}
                rubric={rubric}
                empty={t('capacity.readiness.noneMet')}
              />
            </section>
          </div>
        </>
      )}
      {country !== undefined && (
        <AssessmentHistory city={{ slug: data.city, country }} targetStage={data.targetStage} />
      )}
      <section aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">{t('capacity.readiness.evidence')}</h2>
        <EvidenceList evidence={data.evidence} />
      </section>
      <section aria-labelledby="path-heading">
        <h2 id="path-heading">{t('capacity.readiness.path')}</h2>
        <p>{t('capacity.readiness.pathIntro')}</p>
        <LearningPath steps={data.learningPath} />
      </section>
    </>
  );
}

/** Awareness over time and competency change of a city (public figures). */
export function CityCapacity({ slug }: { readonly slug: string }) {
  const { t } = useTranslation();
  const awareness = useAwareness(slug);
  const competencies = useCityCompetencies(slug);
  return (
    <div className="capacity-grid">
      <section aria-labelledby="awareness-heading">
        <h2 id="awareness-heading">{t('capacity.awareness.heading')}</h2>
        <p className="small muted">{t('capacity.awareness.intro')}</p>
        <p>
          <Link to="/cities/$slug/surveys" params={{ slug }}>
            {t('surveyAdmin.link')}
          </Link>
        </p>
        <QueryResult query={awareness}>{(data) => <AwarenessTable awareness={data} />}</QueryResult>
      </section>
      <section aria-labelledby="competency-heading">
        <h2 id="competency-heading">{t('capacity.competencies.heading')}</h2>
        <p className="small muted">{t('capacity.competencies.intro')}</p>
        <p>
          <Link to="/cities/$slug/competencies" params={{ slug }}>
            {t('competencyForm.link')}
          </Link>
        </p>
        <QueryResult query={competencies}>
          {(rows) => <CompetencyTable rows={rows} label={t('capacity.competencies.tableLabel')} />}
        </QueryResult>
      </section>
    </div>
  );
}
