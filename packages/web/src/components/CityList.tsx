import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { City } from '../api/types.ts';
import { StageBadge } from './StageBadge.tsx';
import { useCountryName } from '../hooks/use-country-name.ts';

/** Props of the city list. */
export interface CityListProps {
  readonly cities: readonly City[];
  /** True while the next page replaces this one. */
  readonly busy?: boolean;
}

/** The cities of one page as links to their pages: the list is the map's accessible twin. */
export function CityList({ cities, busy = false }: CityListProps) {
  const { t, i18n } = useTranslation();
  const country = useCountryName();
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <ul className="city-list" aria-label={t('cities.listLabel')} aria-busy={busy}>
      {cities.map((city) => (
        <li key={city.slug} className="city-list__item">
          <Link to="/cities/$slug" params={{ slug: city.slug }} className="city-list__link">
            <span className="city-list__name">{city.name}</span>
            <span className="city-list__place">
              {[city.province, country(city.country)].filter(Boolean).join(', ')}
            </span>
          </Link>
          <span className="city-list__meta">
            {city.population !== null && (
              <span className="city-list__population">
                {t('city.populationValue', { value: number.format(city.population) })}
              </span>
            )}
            <StageBadge stage={city.stage} />
          </span>
        </li>
      ))}
    </ul>
  );
}
