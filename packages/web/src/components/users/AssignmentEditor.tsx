import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { roles, type Role } from '../../api/account-types.ts';
import { useCountries } from '../../hooks/use-countries.ts';
import { scopeOf, type AssignmentDraft } from '../../lib/assignments.ts';
import { FieldErrors } from '../form/TextField.tsx';
import { CityPicker } from './CityPicker.tsx';
import { useCountryName } from '../../hooks/use-country-name.ts';

/** Props of the role list editor. */
export interface AssignmentEditorProps {
  readonly value: readonly AssignmentDraft[];
  readonly onChange: (value: AssignmentDraft[]) => void;
  /** Problems by row index (a missing scope, or what the server said). */
  readonly errorsAt: (index: number) => readonly string[];
}

/**
 * Roles with their scopes, one row each: the role, then a country for a focal point or a city
 * for the city roles; rows can be added and removed.
 */
export function AssignmentEditor({ value, onChange, errorsAt }: AssignmentEditorProps) {
  const { t } = useTranslation();
  const replace = (index: number, next: AssignmentDraft) =>
    onChange(value.map((draft, i) => (i === index ? next : draft)));
  return (
    <fieldset className="fieldset assignment-editor">
      <legend>{t('users.roles')}</legend>
      {value.length === 0 && <p className="muted small">{t('users.noRolesYet')}</p>}
      <ol className="assignment-editor__rows">
        {value.map((draft, index) => (
          <li key={index} className="assignment-editor__row">
            <AssignmentRow
              draft={draft}
              number={index + 1}
              onChange={(next) => replace(index, next)}
              onRemove={() => onChange(value.filter((_, i) => i !== index))}
              errors={errorsAt(index)}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--quiet button--small"
        onClick={() => onChange([...value, { role: 'city_editor', country: null, city: null }])}
      >
        {t('users.addRole')}
      </button>
    </fieldset>
  );
}

interface AssignmentRowProps {
  readonly draft: AssignmentDraft;
  readonly number: number;
  readonly onChange: (draft: AssignmentDraft) => void;
  readonly onRemove: () => void;
  readonly errors: readonly string[];
}

function AssignmentRow({ draft, number, onChange, onRemove, errors }: AssignmentRowProps) {
  const { t } = useTranslation();
  const id = useId();
  const countries = useCountries();
  const countryName = useCountryName();
  const scope = scopeOf(draft.role);
  return (
    <div className="assignment-row">
      <div className="field">
        <label htmlFor={`${id}-role`}>{t('users.roleN', { number })}</label>
        <select
          id={`${id}-role`}
          value={draft.role}
          onChange={(event) => onChange({ ...draft, role: event.target.value as Role })}
        >
          {roles.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </select>
      </div>
      {scope === 'country' && (
        <div className="field">
          <label htmlFor={`${id}-country`}>{t('users.country')}</label>
          <select
            id={`${id}-country`}
            value={draft.country ?? ''}
            aria-invalid={errors.length > 0 || undefined}
            aria-describedby={errors.length > 0 ? `${id}-error` : undefined}
            onChange={(event) => onChange({ ...draft, country: event.target.value || null })}
          >
            <option value="">{t('users.chooseCountry')}</option>
            {(countries.data ?? []).map((country) => (
              <option key={country.iso3} value={country.iso3}>
                {countryName(country.iso3)}
              </option>
            ))}
          </select>
        </div>
      )}
      {scope === 'city' && (
        <CityPicker
          label={t('users.city')}
          value={draft.city}
          invalid={errors.length > 0}
          describedBy={errors.length > 0 ? `${id}-error` : undefined}
          onChange={(city) => onChange({ ...draft, city })}
        />
      )}
      {scope === 'none' && <p className="assignment-row__all muted small">{t('users.allScope')}</p>}
      <FieldErrors id={`${id}-error`} errors={errors} />
      <button type="button" className="button button--quiet button--small" onClick={onRemove}>
        {t('users.removeRole', { number })}
      </button>
    </div>
  );
}
