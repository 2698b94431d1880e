import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GENDERS, type Gender } from '../../api/trainings-types.ts';
import { useAddParticipant } from '../../hooks/use-trainings.ts';
import { errorsUnder, fieldErrors } from '../../lib/field-errors.ts';
import { FormFailure } from '../form/FormFailure.tsx';
import { FieldErrors, TextField } from '../form/TextField.tsx';
import { CityPicker, type PickedCity } from '../users/CityPicker.tsx';

interface Draft {
  readonly name: string;
  readonly city: PickedCity | null;
  readonly role: string;
  readonly gender: Gender | '';
}
const empty: Draft = { name: '', city: null, role: '', gender: '' };

/** Registers one participant: name, city (none for guests), role and gender. */
export function ParticipantForm({ trainingId }: { readonly trainingId: string }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(empty);
  const add = useAddParticipant(trainingId);
  const errors = fieldErrors(add.error);
  const under = (field: string) => errorsUnder(errors, `participants.0.${field}`);
  return (
    <form
      className="form training-subform"
      noValidate
      aria-labelledby="add-participant-heading"
      onSubmit={(event) => {
        event.preventDefault();
        add.mutate(
          {
            name: draft.name.trim(),
            city: draft.city?.slug ?? null,
            role: draft.role.trim(),
            // An empty choice goes as it is, so the API names the field.
            gender: draft.gender as Gender,
          },
          { onSuccess: () => setDraft(empty) },
        );
      }}
    >
      <h3 id="add-participant-heading">{t('trainings.participant.add')}</h3>
      <TextField
        label={t('trainings.participant.name')}
        hint={t('trainings.participant.nameHint')}
        value={draft.name}
        required
        maxLength={200}
        onChange={(event) => setDraft({ ...draft, name: event.target.value })}
        errors={under('name')}
      />
      <CityPicker
        label={t('trainings.participant.city')}
        value={draft.city}
        onChange={(city) => setDraft({ ...draft, city })}
        invalid={under('city').length > 0}
      />
      <FieldErrors errors={under('city')} />
      <p className="field__hint">{t('trainings.participant.cityHint')}</p>
      <TextField
        label={t('trainings.participant.role')}
        hint={t('trainings.participant.roleHint')}
        value={draft.role}
        required
        maxLength={200}
        onChange={(event) => setDraft({ ...draft, role: event.target.value })}
        errors={under('role')}
      />
      <div className="field">
        <label htmlFor="participant-gender">{t('trainings.participant.gender')}</label>
        <select
          id="participant-gender"
          value={draft.gender}
          required
          aria-invalid={under('gender').length > 0 || undefined}
          onChange={(event) => setDraft({ ...draft, gender: event.target.value as Gender })}
        >
          <option value="">{t('trainings.participant.chooseGender')}</option>
          {GENDERS.map((g) => (
            <option key={g} value={g}>
              {t(`trainings.genders.${g}`)}
            </option>
          ))}
        </select>
        <FieldErrors errors={under('gender')} />
      </div>
      <FormFailure error={add.error} />
      <div className="form__actions">
        <button type="submit" className="button" disabled={add.isPending}>
          {t('trainings.participant.submit')}
        </button>
      </div>
    </form>
  );
}
