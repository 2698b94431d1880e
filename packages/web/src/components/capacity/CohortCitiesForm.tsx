import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohortDetail } from '../../api/capacity-types.ts';
import { useAddCohortCities } from '../../hooks/use-trainings.ts';
import { errorsUnder, fieldErrors } from '../../lib/field-errors.ts';
import { FormFailure } from '../form/FormFailure.tsx';
import { FieldErrors } from '../form/TextField.tsx';
import { CityPicker, type PickedCity } from '../users/CityPicker.tsx';

/**
 * Puts cities in a cohort (the secretariat): search each by name, collect them, then add them
 * all at once (all or nothing). A city in another cohort moves to this one.
 */
export function CohortCitiesForm({ cohort }: { readonly cohort: CohortDetail }) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<readonly PickedCity[]>([]);
  const [added, setAdded] = useState(0);
  const add = useAddCohortCities(cohort.id);
  const errors = errorsUnder(fieldErrors(add.error), 'cities');
  const inCohort = new Set(cohort.cities.map((c) => c.slug));
  return (
    <form
      className="form training-subform"
      noValidate
      aria-labelledby="cohort-cities-heading"
      onSubmit={(event) => {
        event.preventDefault();
        setAdded(0);
        add.mutate(
          picked.map((c) => c.slug),
          {
            onSuccess: () => {
              setAdded(picked.length);
              setPicked([]);
            },
          },
        );
      }}
    >
      <h3 id="cohort-cities-heading">{t('trainings.cohort.addCities')}</h3>
      <CityPicker
        label={t('trainings.cohort.findCity')}
        value={null}
        onChange={(city) => {
          if (city && !picked.some((c) => c.slug === city.slug)) setPicked([...picked, city]);
        }}
      />
      {picked.length > 0 && (
        <ul className="cohort-picked" aria-label={t('trainings.cohort.picked')}>
          {picked.map((city) => (
            <li key={city.slug}>
              {city.name}
              {inCohort.has(city.slug) && (
                <span className="muted small"> ({t('trainings.cohort.already')})</span>
              )}{' '}
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() => setPicked(picked.filter((c) => c.slug !== city.slug))}
              >
                {t('trainings.cohort.remove')}
                <span className="visually-hidden"> ({city.name})</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <FieldErrors errors={errors} />
      <FormFailure error={add.error} />
      <div className="form__actions">
        <button type="submit" className="button" disabled={add.isPending || picked.length === 0}>
          {picked.length === 0
            ? t('trainings.cohort.addCities')
            : t('trainings.cohort.addCount', { count: picked.length })}
        </button>
        <span className="form__saved" role="status">
          {added > 0 ? t('trainings.cohort.added', { count: added }) : ''}
        </span>
      </div>
    </form>
  );
}
