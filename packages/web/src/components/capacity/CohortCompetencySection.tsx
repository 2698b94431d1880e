import { useTranslation } from 'react-i18next';
import type { CohortDetail } from '../../api/capacity-types.ts';
import { useCohortCompetencies } from '../../hooks/use-capacity.ts';
import { QueryResult } from '../QueryResult.tsx';
import { CompetencyTable } from './CompetencyTable.tsx';

/** Competency change of the whole cohort, then of each city (by name). */
export function CohortCompetencySection({ cohort }: { readonly cohort: CohortDetail }) {
  const { t } = useTranslation();
  const competencies = useCohortCompetencies(cohort.id);
  const nameOf = (slug: string) => cohort.cities.find((c) => c.slug === slug)?.name ?? slug;
  return (
    <section aria-labelledby="competencies-heading">
      <h2 id="competencies-heading">{t('capacity.competencies.heading')}</h2>
      <p className="small muted">{t('capacity.competencies.intro')}</p>
      <QueryResult query={competencies}>
        {(data) => (
          <div className="capacity-grid">
            <div>
              <h3>{t('capacity.competencies.all')}</h3>
              <CompetencyTable rows={data.cohort} label={t('capacity.competencies.all')} />
            </div>
            {data.cities.map(({ city, change }) => (
              <div key={city}>
                <h3>{nameOf(city)}</h3>
                <CompetencyTable rows={change} label={nameOf(city)} />
              </div>
            ))}
          </div>
        )}
      </QueryResult>
    </section>
  );
}
