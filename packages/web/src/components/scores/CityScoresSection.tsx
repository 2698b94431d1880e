import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { City } from '../../api/types.ts';
import { useNetwork } from '../../hooks/use-interlinkages.ts';

/** On a city's page: the way to its SDG dashboard, and to its (or its country's) network. */
export function CityScoresSection({ city }: { readonly city: City }) {
  const { t } = useTranslation();
  const network = useNetwork({ kind: 'city', slug: city.slug }).data;
  const synergies = network?.edges.filter((e) => e.kind === 'synergy').length ?? 0;
  return (
    <section aria-labelledby="city-scores-heading">
      <h2 id="city-scores-heading">{t('scores.citySection')}</h2>
      <p>{t('scores.citySectionText')}</p>
      <p>
        <Link to="/cities/$slug/dashboard" params={{ slug: city.slug }}>
          {t('scores.cityLink')}
        </Link>
      </p>
      <h2>{t('interlinkages.citySection')}</h2>
      {network?.run ? (
        <>
          <p>
            {t('interlinkages.cityNetwork', {
              city: city.name,
              synergies,
              tradeOffs: network.edges.length - synergies,
            })}
          </p>
          <p>
            <Link to="/interlinkages/cities/$slug" params={{ slug: city.slug }}>
              {t('interlinkages.openCityNetwork', { city: city.name })}
            </Link>
          </p>
        </>
      ) : (
        <p>
          {t('interlinkages.cityNoNetwork', { city: city.name })}{' '}
          <Link to="/interlinkages/countries/$iso3" params={{ iso3: city.country }}>
            {t('interlinkages.openCountryNetwork')}
          </Link>
        </p>
      )}
    </section>
  );
}
