import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateCohort } from '../../hooks/use-trainings.ts';
import { errorsUnder, fieldErrors } from '../../lib/field-errors.ts';
import { FormFailure } from '../form/FormFailure.tsx';
import { TextField } from '../form/TextField.tsx';

/** Creates a cohort (the secretariat): a unique name, the year it enters, a description. */
export function NewCohortForm({ onCreated }: { readonly onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [description, setDescription] = useState('');
  const create = useCreateCohort();
  const errors = fieldErrors(create.error);
  return (
    <form
      className="form training-subform"
      noValidate
      aria-labelledby="new-cohort-heading"
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate(
          { name: name.trim(), year: Number(year), description: description.trim() || null },
          { onSuccess: (cohort) => onCreated(cohort.id) },
        );
      }}
    >
      <h2 id="new-cohort-heading">{t('trainings.cohort.new')}</h2>
      <TextField
        label={t('trainings.cohort.name')}
        hint={t('trainings.cohort.nameHint')}
        value={name}
        required
        maxLength={120}
        onChange={(event) => setName(event.target.value)}
        errors={errorsUnder(errors, 'name')}
      />
      <TextField
        label={t('trainings.cohort.year')}
        type="number"
        inputMode="numeric"
        min={2000}
        max={2100}
        required
        value={year}
        onChange={(event) => setYear(event.target.value)}
        errors={errorsUnder(errors, 'year')}
      />
      <TextField
        label={t('trainings.cohort.description')}
        value={description}
        maxLength={2000}
        onChange={(event) => setDescription(event.target.value)}
        errors={errorsUnder(errors, 'description')}
      />
      <FormFailure error={create.error} texts={{ conflict: t('trainings.cohort.taken') }} />
      <div className="form__actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {t('trainings.cohort.create')}
        </button>
      </div>
    </form>
  );
}
