import { COMPETENCIES } from '@frontrunner/domain';
import { useTranslation } from 'react-i18next';
import type { Cohort } from '../../api/capacity-types.ts';
import type { TrainingFormState } from '../../hooks/use-training-form.ts';
import { errorsUnder } from '../../lib/field-errors.ts';
import { FormFailure } from '../form/FormFailure.tsx';
import { FieldErrors, TextField } from '../form/TextField.tsx';

/** The new-training form; the API's messages show next to the fields they are about. */
export function TrainingForm({
  form,
  cohorts,
}: {
  readonly form: TrainingFormState;
  readonly cohorts: readonly Cohort[];
}) {
  const { t } = useTranslation();
  const { draft, update, errors } = form;
  const under = (field: string) => errorsUnder(errors, field);
  return (
    <form
      className="form training-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        form.submit();
      }}
    >
      <TextField
        label={t('trainings.form.title')}
        value={draft.title}
        required
        maxLength={200}
        onChange={(event) => update({ title: event.target.value })}
        errors={under('title')}
      />
      <div className="training-form__row">
        <div className="field">
          <label htmlFor="training-kind">{t('trainings.form.kind')}</label>
          <select
            id="training-kind"
            value={draft.kind}
            onChange={(event) =>
              update({ kind: event.target.value === 'workshop' ? 'workshop' : 'training' })
            }
          >
            <option value="training">{t('capacity.cohort.kinds.training')}</option>
            <option value="workshop">{t('capacity.cohort.kinds.workshop')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="training-cohort">{t('trainings.form.cohort')}</label>
          <select
            id="training-cohort"
            value={draft.cohortId}
            onChange={(event) => update({ cohortId: event.target.value })}
          >
            <option value="">{t('trainings.form.noCohort')}</option>
            {cohorts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <FieldErrors errors={under('cohortId')} />
        </div>
      </div>
      <div className="training-form__row">
        <TextField
          label={t('trainings.form.startsOn')}
          type="date"
          required
          value={draft.startsOn}
          onChange={(event) => update({ startsOn: event.target.value })}
          errors={under('startsOn')}
        />
        <TextField
          label={t('trainings.form.endsOn')}
          type="date"
          required
          value={draft.endsOn}
          onChange={(event) => update({ endsOn: event.target.value })}
          errors={under('endsOn')}
        />
      </div>
      <div className="training-check">
        <input
          id="training-online"
          type="checkbox"
          checked={draft.online}
          onChange={(event) => update({ online: event.target.checked })}
        />
        <label htmlFor="training-online">{t('trainings.form.online')}</label>
      </div>
      <TextField
        label={t('trainings.form.place')}
        hint={t('trainings.form.placeHint')}
        value={draft.place}
        maxLength={200}
        onChange={(event) => update({ place: event.target.value })}
        errors={under('place')}
      />
      <fieldset className="field">
        <legend>{t('trainings.form.topics')}</legend>
        {COMPETENCIES.map((c) => (
          <div key={c.key} className="training-check">
            <input
              id={`topic-${c.key}`}
              type="checkbox"
              checked={draft.topics.includes(c.key)}
              onChange={(event) =>
                update({
                  topics: event.target.checked
                    ? [...draft.topics, c.key]
                    : draft.topics.filter((k) => k !== c.key),
                })
              }
            />
            <label htmlFor={`topic-${c.key}`}>
              {t(`capacity.competencies.names.${c.key}`, { defaultValue: c.title })}
            </label>
          </div>
        ))}
        <FieldErrors errors={under('topics')} />
      </fieldset>
      <TextArea
        id="training-organisers"
        label={t('trainings.form.organisers')}
        hint={t('trainings.form.organisersHint')}
        rows={2}
        value={draft.organisers}
        onChange={(organisers) => update({ organisers })}
        errors={under('organisers')}
      />
      <TextArea
        id="training-materials"
        label={t('trainings.form.materials')}
        hint={t('trainings.form.materialsHint')}
        rows={3}
        value={draft.materials}
        onChange={(materials) => update({ materials })}
        errors={under('materials')}
      />
      {form.checked ? (
        <div className="form-failure" role="alert">
          <p>{t('trainings.problems.summary')}</p>
        </div>
      ) : (
        <FormFailure error={form.error} />
      )}
      <div className="form__actions">
        <button type="submit" className="button" disabled={form.pending}>
          {form.pending ? t('trainings.form.saving') : t('trainings.form.submit')}
        </button>
      </div>
    </form>
  );
}

/** A labelled text area with its hint and the API's messages about it. */
function TextArea(props: {
  readonly id: string;
  readonly label: string;
  readonly hint: string;
  readonly rows: number;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly errors: readonly string[];
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <span className="field__hint" id={`${props.id}-hint`}>
        {props.hint}
      </span>
      <textarea
        id={props.id}
        rows={props.rows}
        value={props.value}
        aria-describedby={`${props.id}-hint`}
        aria-invalid={props.errors.length > 0 || undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
      <FieldErrors errors={props.errors} />
    </div>
  );
}
