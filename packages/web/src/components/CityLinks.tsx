import { useTranslation } from 'react-i18next';
import type { City } from '../api/types.ts';

/** Links to the city's entries in GeoNames and Wikidata, where known. */
export function CityLinks({ city }: { readonly city: City }) {
  const { t } = useTranslation();
  if (!city.geonamesId && !city.wikidataId) return null;
  return (
    <section aria-labelledby="elsewhere-heading" className="city-links">
      <h2 id="elsewhere-heading">{t('city.elsewhere')}</h2>
      <ul>
        {city.geonamesId && (
          <li>
            <a href={`https://www.geonames.org/${encodeURIComponent(city.geonamesId)}`}>
              {t('city.geonames')} {city.geonamesId}
            </a>
          </li>
        )}
        {city.wikidataId && (
          <li>
            <a href={`https://www.wikidata.org/wiki/${encodeURIComponent(city.wikidataId)}`}>
              {t('city.wikidata')} {city.wikidataId}
            </a>
          </li>
        )}
      </ul>
    </section>
  );
}
