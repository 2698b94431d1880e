import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddSession } from '../../hooks/use-trainings.ts';
import { errorsUnder, fieldErrors } from '../../lib/field-errors.ts';
import { toSessionInput, type SessionDraft } from '../../lib/training-form.ts';
import { FormFailure } from '../form/FormFailure.tsx';
import { TextField } from '../form/TextField.tsx';

const empty: SessionDraft = { title: '', startsAt: '', endsAt: '' };

/** Adds a session to a training (its organisers); times in the browser's time zone. */
export function SessionForm({ trainingId }: { readonly trainingId: string }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<SessionDraft>(empty);
  const add = useAddSession(trainingId);
  const errors = fieldErrors(add.error);
  const under = (field: string) => errorsUnder(errors, field);
  return (
    <form
      className="form training-subform"
      noValidate
      aria-labelledby="add-session-heading"
      onSubmit={(event) => {
        event.preventDefault();
        add.mutate(toSessionInput(draft), { onSuccess: () => setDraft(empty) });
      }}
    >
      <h3 id="add-session-heading">{t('trainings.session.add')}</h3>
      <TextField
        label={t('trainings.session.title')}
        value={draft.title}
        required
        maxLength={200}
        onChange={(event) => setDraft({ ...draft, title: event.target.value })}
        errors={under('title')}
      />
      <div className="training-form__row">
        <TextField
          label={t('trainings.session.startsAt')}
          type="datetime-local"
          required
          value={draft.startsAt}
          onChange={(event) => setDraft({ ...draft, startsAt: event.target.value })}
          errors={under('startsAt')}
        />
        <TextField
          label={t('trainings.session.endsAt')}
          type="datetime-local"
          required
          value={draft.endsAt}
          onChange={(event) => setDraft({ ...draft, endsAt: event.target.value })}
          errors={under('endsAt')}
        />
      </div>
      <FormFailure error={add.error} />
      <div className="form__actions">
        <button type="submit" className="button" disabled={add.isPending}>
          {t('trainings.session.submit')}
        </button>
      </div>
    </form>
  );
}
