import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { City } from '../api/types.ts';
import '../components/capacity/capacity.css';
import { CompetencyTable } from '../components/capacity/CompetencyTable.tsx';
import { BackToCity, CitySubpage } from '../components/CitySubpage.tsx';
import { QueryResult } from '../components/QueryResult.tsx';
import { CompetencyForm } from '../components/surveys/CompetencyForm.tsx';
import '../components/surveys/surveys.css';
import { useCityCompetencies } from '../hooks/use-capacity.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useSession } from '../hooks/use-session.ts';
import { allowsOnCity } from '../lib/access.ts';

const competenciesRoute = getRouteApi('/cities/$slug/competencies');

/**
 * A city's competencies: the change per competency for everyone (mean level before and after
 * trainings, with n), and the self-assessment form for the city's team.
 */
export function CityCompetenciesPage() {
  return (
    <CitySubpage slug={competenciesRoute.useParams().slug}>
      {(city) => <CityCompetenciesView city={city} />}
    </CitySubpage>
  );
}

function CityCompetenciesView({ city }: { readonly city: City }) {
  const { t } = useTranslation();
  useDocumentTitle(t('competencyForm.title', { city: city.name }));
  const change = useCityCompetencies(city.slug);
  const session = useSession();
  const canAssess = allowsOnCity(session.data, 'competency.assess', city);
  return (
    <article className="capacity-page">
      <BackToCity city={city} />
      <h1>{t('competencyForm.title', { city: city.name })}</h1>
      <p className="lead">{t('competencyForm.intro')}</p>
      <p>
        <Link to="/cities/$slug/surveys" params={{ slug: city.slug }}>
          {t('surveyAdmin.link')}
        </Link>
      </p>
      <section aria-labelledby="change-heading">
        <h2 id="change-heading">{t('capacity.competencies.heading')}</h2>
        <p className="small muted">{t('capacity.competencies.intro')}</p>
        <QueryResult query={change}>
          {(rows) => (
            <CompetencyTable
              rows={rows}
              label={t('competencyForm.tableLabel', { city: city.name })}
            />
          )}
        </QueryResult>
      </section>
      {canAssess ? (
        <CompetencyForm slug={city.slug} />
      ) : (
        <p className="muted">{t('competencyForm.teamOnly')}</p>
      )}
    </article>
  );
}
