import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkPlace } from '../api/interlinkages.api.ts';
import { InterlinkagesView } from '../components/interlinkages/InterlinkagesView.tsx';
import '../components/scores/scores.css';
import { useCity } from '../hooks/use-cities.ts';
import { useCountries } from '../hooks/use-countries.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';

const countryRoute = getRouteApi('/interlinkages/countries/$iso3');
const cityRoute = getRouteApi('/interlinkages/cities/$slug');

/** The ASEAN network (countries pooled). */
export function AseanInterlinkagesPage() {
  const { t } = useTranslation();
  return <NetworkPage place={{ kind: 'asean' }} title={t('interlinkages.aseanTitle')} />;
}

/** A country's network. */
export function CountryInterlinkagesPage() {
  const { t } = useTranslation();
  const iso3 = countryRoute.useParams().iso3.toUpperCase();
  const country = useCountries().data?.find((c) => c.iso3 === iso3);
  return (
    <NetworkPage
      place={{ kind: 'country', iso3 }}
      title={t('interlinkages.countryTitle', { country: country?.name ?? iso3 })}
    />
  );
}

/** A city's network, when it has enough data for one. */
export function CityInterlinkagesPage() {
  const { t } = useTranslation();
  const slug = cityRoute.useParams().slug;
  const city = useCity(slug).data;
  return (
    <NetworkPage
      place={{ kind: 'city', slug }}
      title={t('interlinkages.cityTitle', { city: city?.name ?? slug })}
    />
  );
}

function NetworkPage({ place, title }: { readonly place: NetworkPlace; readonly title: string }) {
  const { t } = useTranslation();
  useDocumentTitle(title);
  return (
    <article className="interlinkages">
      <h1>{title}</h1>
      <p className="lead">{t('interlinkages.lead')}</p>
      {place.kind !== 'city' && <ScopePicker place={place} />}
      <InterlinkagesView key={JSON.stringify(place)} place={place} />
    </article>
  );
}

/** Switches between ASEAN's network and each country's. */
function ScopePicker({ place }: { readonly place: NetworkPlace }) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const countries = useCountries().data ?? [];
  const value = place.kind === 'country' ? place.iso3 : 'asean';
  return (
    <div className="field no-print">
      <label htmlFor={id}>{t('interlinkages.chooseScope')}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const next = event.target.value;
          void (next === 'asean'
            ? navigate({ to: '/interlinkages/asean' })
            : navigate({ to: '/interlinkages/countries/$iso3', params: { iso3: next } }));
        }}
      >
        <option value="asean">{t('interlinkages.asean')}</option>
        {countries.map((c) => (
          <option key={c.iso3} value={c.iso3}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}
