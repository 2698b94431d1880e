import { DIMENSIONS, PROJECT_STATUSES } from '@frontrunner/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../api/types.ts';
import type { Country } from '../../api/types.ts';
import type { ProjectsSearchState } from '../../hooks/use-projects-search.ts';
import { useCountryName } from '../../hooks/use-country-name.ts';

/** Props of the portfolio filters. */
export interface ProjectFiltersProps {
  readonly state: ProjectsSearchState;
  readonly countries: readonly Country[];
  readonly goals: readonly Goal[];
  /** Cities that have projects (slug, name), for the city filter. */
  readonly cities: readonly { readonly slug: string; readonly name: string }[];
}

/** City, country, goal, dimension and status filters of the portfolio. */
export function ProjectFilters({ state, countries, goals, cities }: ProjectFiltersProps) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const id = useId();
  const { search, setFilter, filtered, clear } = state;
  return (
    <form
      className="project-filters"
      role="search"
      aria-label={t('projects.filtersLabel')}
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="field">
        <label htmlFor={`${id}-country`}>{t('projects.country')}</label>
        <select
          id={`${id}-country`}
          value={search.country ?? ''}
          onChange={(event) => setFilter('country', event.target.value || undefined)}
        >
          <option value="">{t('projects.allCountries')}</option>
          {countries.map((country) => (
            <option key={country.iso3} value={country.iso3}>
              {countryName(country.iso3)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-city`}>{t('projects.city')}</label>
        <select
          id={`${id}-city`}
          value={search.city ?? ''}
          onChange={(event) => setFilter('city', event.target.value || undefined)}
        >
          <option value="">{t('projects.allCities')}</option>
          {cities.map((city) => (
            <option key={city.slug} value={city.slug}>
              {city.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-goal`}>{t('projects.goal')}</label>
        <select
          id={`${id}-goal`}
          value={search.goal ?? ''}
          onChange={(event) => setFilter('goal', Number(event.target.value) || undefined)}
        >
          <option value="">{t('projects.allGoals')}</option>
          {goals.map((goal) => (
            <option key={goal.number} value={goal.number}>
              {t('projects.goalOption', { number: goal.number, title: goal.shortTitle })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-dimension`}>{t('projects.dimension')}</label>
        <select
          id={`${id}-dimension`}
          value={search.dimension ?? ''}
          onChange={(event) =>
            setFilter(
              'dimension',
              DIMENSIONS.find((d) => d === event.target.value),
            )
          }
        >
          <option value="">{t('projects.allDimensions')}</option>
          {DIMENSIONS.map((dimension) => (
            <option key={dimension} value={dimension}>
              {t(`projects.dimensions.${dimension}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>{t('projects.status')}</label>
        <select
          id={`${id}-status`}
          value={search.status ?? ''}
          onChange={(event) =>
            setFilter(
              'status',
              PROJECT_STATUSES.find((s) => s === event.target.value),
            )
          }
        >
          <option value="">{t('projects.allStatuses')}</option>
          {PROJECT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`projects.statuses.${status}`)}
            </option>
          ))}
        </select>
      </div>
      {filtered && (
        <button type="button" className="button button--quiet" onClick={clear}>
          {t('projects.clearFilters')}
        </button>
      )}
    </form>
  );
}
