import { useTranslation } from 'react-i18next';
import type { City, Goal } from '../api/types.ts';
import { toCompass } from '../lib/coordinates.ts';
import { GoalTile } from './GoalTile.tsx';
import { StageBadge } from './StageBadge.tsx';
import { useCountryName } from '../hooks/use-country-name.ts';

/** Props of a city's profile facts. */
export interface CityFactsProps {
  readonly city: City;
  /** The goals, to show priority goals as tiles; numbers only while they load. */
  readonly goals: readonly Goal[] | undefined;
}

/** A city's profile as a description list: place, population, programme and priorities. */
export function CityFacts({ city, goals }: CityFactsProps) {
  const { t, i18n } = useTranslation();
  const country = useCountryName();
  const number = new Intl.NumberFormat(i18n.language);
  const degrees = new Intl.NumberFormat(i18n.language, {
    minimumFractionDigits: 4,
    maximumFractionDigits: 4,
  });
  const sourceName = (source: string): string =>
    source === 'simplemaps' || source === 'natural-earth' ? t(`source.${source}`) : source;
  const unknown = <span className="muted">{t('city.unknown')}</span>;
  const coordinates = toCompass(city.latitude, city.longitude)
    .map(({ value, point }) => t(`compass.${point}`, { value: degrees.format(value) }))
    .join(', ');

  return (
    <dl className="facts">
      <dt>{t('city.country')}</dt>
      <dd>{country(city.country)}</dd>
      <dt>{t('city.province')}</dt>
      <dd>{city.province ?? unknown}</dd>
      <dt>{t('city.population')}</dt>
      <dd>
        {city.population === null ? unknown : number.format(city.population)}
        {city.populationSource && (
          <span className="facts__note">
            {t('city.populationSource', { source: sourceName(city.populationSource) })}
          </span>
        )}
      </dd>
      <dt>{t('city.coordinates')}</dt>
      <dd>{coordinates}</dd>
      <dt>{t('city.capital')}</dt>
      <dd>{city.capital ? t(`capital.${city.capital}`) : t('capital.no')}</dd>
      <dt>{t('city.stage')}</dt>
      <dd>
        <StageBadge stage={city.stage} />
      </dd>
      <dt>{t('city.cohort')}</dt>
      <dd>{city.cohort ?? unknown}</dd>
      <dt>{t('city.priorityGoals')}</dt>
      <dd>
        {city.priorityGoals.length === 0 ? (
          <span className="muted">{t('city.noPriorityGoals')}</span>
        ) : (
          <ul className="goal-tiles goal-tiles--small">
            {city.priorityGoals.map((goalNumber) => {
              const goal = goals?.find((candidate) => candidate.number === goalNumber);
              return (
                <li key={goalNumber}>
                  <GoalTile
                    size="small"
                    goal={goal ?? { number: goalNumber, shortTitle: '', colour: '#5c6670' }}
                  />
                </li>
              );
            })}
          </ul>
        )}
      </dd>
    </dl>
  );
}
