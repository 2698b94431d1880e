import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { cityStages, type CityStage, type Country } from '../api/types.ts';
import type { CitiesSearchState } from '../hooks/use-cities-search.ts';
import { useSearchDraft } from '../hooks/use-search-draft.ts';
import { useCountryName } from '../hooks/use-country-name.ts';

/** Props of the city filters. */
export interface CityFiltersProps {
  readonly state: CitiesSearchState;
  /** Countries for the country filter; the select shows only "All countries" while loading. */
  readonly countries: readonly Country[];
}

function toStage(value: string): CityStage | undefined {
  return cityStages.find((stage) => stage === value);
}

/** Search box and country and stage filters of the city list. */
export function CityFilters({ state, countries }: CityFiltersProps) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const { search, filtered, setQuery, setCountry, setStage, clear } = state;
  const { draft, setDraft, flush } = useSearchDraft(search.q ?? '', setQuery);
  const id = useId();
  return (
    <form
      className="city-filters"
      role="search"
      aria-label={t('cities.filtersLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        flush();
      }}
    >
      <div className="field field--search">
        <label htmlFor={`${id}-q`}>{t('cities.searchLabel')}</label>
        <span id={`${id}-q-hint`} className="field__hint">
          {t('cities.searchHint')}
        </span>
        <input
          id={`${id}-q`}
          type="search"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          aria-describedby={`${id}-q-hint`}
          maxLength={100}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-country`}>{t('cities.countryLabel')}</label>
        <select
          id={`${id}-country`}
          value={search.country ?? ''}
          onChange={(event) => setCountry(event.target.value || undefined)}
        >
          <option value="">{t('cities.allCountries')}</option>
          {countries.map((country) => (
            <option key={country.iso3} value={country.iso3}>
              {countryName(country.iso3)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-stage`}>{t('cities.stageLabel')}</label>
        <select
          id={`${id}-stage`}
          value={search.stage ?? ''}
          onChange={(event) => setStage(toStage(event.target.value))}
        >
          <option value="">{t('cities.allStages')}</option>
          {cityStages.map((stage) => (
            <option key={stage} value={stage}>
              {t(`stage.${stage}`)}
            </option>
          ))}
        </select>
      </div>
      {filtered && (
        <button type="button" className="button button--quiet" onClick={clear}>
          {t('cities.clearFilters')}
        </button>
      )}
    </form>
  );
}
