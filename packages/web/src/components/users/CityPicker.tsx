import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCityOptions } from '../../hooks/use-city-options.ts';
import { useDebouncedValue } from '../../hooks/use-debounced-value.ts';
import { useCountryName } from '../../hooks/use-country-name.ts';

/** A chosen city. */
export interface PickedCity {
  readonly slug: string;
  readonly name: string;
}

/** Props of the city picker. */
export interface CityPickerProps {
  readonly label: string;
  readonly value: PickedCity | null;
  readonly onChange: (city: PickedCity | null) => void;
  readonly invalid?: boolean;
  /** Id of an error message about the choice. */
  readonly describedBy?: string | undefined;
}

/**
 * Finds a city by name: type two letters, then choose one of the matching cities (buttons, so
 * Tab and Enter are enough). The choice shows with a way to change it.
 */
export function CityPicker({
  label,
  value,
  onChange,
  invalid = false,
  describedBy,
}: CityPickerProps) {
  const { t } = useTranslation();
  const country = useCountryName();
  const id = useId();
  const [text, setText] = useState('');
  const options = useCityOptions(useDebouncedValue(text));
  if (value) {
    return (
      <div className="city-picker city-picker--chosen">
        <span className="city-picker__label">{label}</span>
        <span className="city-picker__value">{value.name}</span>
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => onChange(null)}
        >
          {t('cityPicker.change')}
          <span className="visually-hidden"> ({label})</span>
        </button>
      </div>
    );
  }
  const cities = text.trim().length >= 2 ? (options.data ?? []) : [];
  return (
    <div className="city-picker field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder={t('cityPicker.placeholder')}
        aria-invalid={invalid || undefined}
        aria-describedby={[`${id}-status`, describedBy].filter(Boolean).join(' ')}
        onChange={(event) => setText(event.target.value)}
      />
      <span id={`${id}-status`} className="field__hint" role="status">
        {text.trim().length < 2
          ? t('cityPicker.hint')
          : options.isFetching && cities.length === 0
            ? t('status.loading')
            : t('cityPicker.count', { count: cities.length })}
      </span>
      {cities.length > 0 && (
        <ul className="city-picker__options">
          {cities.map((city) => (
            <li key={city.slug}>
              <button
                type="button"
                className="city-picker__option"
                onClick={() => {
                  onChange({ slug: city.slug, name: city.name });
                  setText('');
                }}
              >
                <span className="city-picker__name">{city.name}</span>
                <span className="city-picker__place">
                  {[city.province, country(city.country)].filter(Boolean).join(', ')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
