import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AwarenessPoint } from '../api/capacity-types.ts';
import type { City } from '../api/types.ts';
import '../components/capacity/capacity.css';
import { BackToCity, CitySubpage } from '../components/CitySubpage.tsx';
import { QueryResult } from '../components/QueryResult.tsx';
import { EmptyState } from '../components/StatusMessages.tsx';
import { InvitationCodes } from '../components/surveys/InvitationCodes.tsx';
import { StartSurveyForm } from '../components/surveys/StartSurveyForm.tsx';
import { SurveyList } from '../components/surveys/SurveyList.tsx';
import '../components/surveys/surveys.css';
import { useAwareness } from '../hooks/use-capacity.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useSession } from '../hooks/use-session.ts';
import { allowsOnCity } from '../lib/access.ts';

const surveysRoute = getRouteApi('/cities/$slug/surveys');

/**
 * A city's SDG awareness surveys: everyone sees each survey's answers and share aware; the
 * city's team starts surveys, generates invitation codes and closes surveys.
 */
export function CitySurveysPage() {
  return (
    <CitySubpage slug={surveysRoute.useParams().slug}>
      {(city) => <CitySurveysView city={city} />}
    </CitySubpage>
  );
}

function CitySurveysView({ city }: { readonly city: City }) {
  const { t } = useTranslation();
  useDocumentTitle(t('surveyAdmin.title', { city: city.name }));
  const awareness = useAwareness(city.slug);
  const session = useSession();
  const canManage = allowsOnCity(session.data, 'survey.manage', city);
  const [codesFor, setCodesFor] = useState<AwarenessPoint | undefined>();
  const [started, setStarted] = useState<string | undefined>();
  return (
    <article className="capacity-page surveys-page">
      <div className="no-print">
        <BackToCity city={city} />
        <h1>{t('surveyAdmin.title', { city: city.name })}</h1>
        <p className="lead">{t('surveyAdmin.intro')}</p>
        <p>
          <Link to="/cities/$slug/readiness" params={{ slug: city.slug }}>
            {t('surveyAdmin.overTime')}
          </Link>
          {' · '}
          <Link to="/cities/$slug/competencies" params={{ slug: city.slug }}>
            {t('competencyForm.link')}
          </Link>
        </p>
        {started && (
          <p className="notice" role="status">
            {t('surveyAdmin.started', { title: started })}
          </p>
        )}
      </div>
      <section aria-labelledby="surveys-heading" className="no-print">
        <h2 id="surveys-heading">{t('surveyAdmin.list')}</h2>
        <QueryResult query={awareness}>
          {(data) =>
            data.points.length === 0 ? (
              <EmptyState
                title={t('surveyAdmin.none')}
                hint={canManage ? t('surveyAdmin.noneHint') : undefined}
              />
            ) : (
              <SurveyList
                slug={city.slug}
                surveys={data.points}
                canManage={canManage}
                onCodes={(survey) => {
                  setStarted(undefined);
                  setCodesFor(survey);
                }}
              />
            )
          }
        </QueryResult>
      </section>
      {canManage && codesFor && (
        <InvitationCodes
          key={codesFor.surveyId}
          survey={codesFor}
          onDone={() => setCodesFor(undefined)}
        />
      )}
      {canManage && (
        <StartSurveyForm
          slug={city.slug}
          onStarted={(survey) => {
            setStarted(survey.title);
            setCodesFor({
              surveyId: survey.id,
              title: survey.title,
              round: survey.round,
              opensOn: survey.opensOn,
              closed: survey.closed,
              n: 0,
              count: 0,
              share: null,
              low: null,
              high: null,
            });
          }}
        />
      )}
    </article>
  );
}
