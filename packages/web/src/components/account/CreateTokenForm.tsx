import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assignment, CreatedApiToken } from '../../api/account-types.ts';
import { useCreateApiToken } from '../../hooks/use-account.ts';
import { assignmentKey, toAssignmentInput } from '../../lib/assignments.ts';
import { fieldErrors } from '../../lib/field-errors.ts';
import { FormFailure } from '../form/FormFailure.tsx';
import { TextField } from '../form/TextField.tsx';
import { AssignmentLabel } from './AssignmentLabel.tsx';

/** Lifetimes offered for a new token, in days; 0 = never expires. */
const lifetimes = [30, 90, 365, 0] as const;

/** Props of the new-token form. */
export interface CreateTokenFormProps {
  /** My assignments: a token carries a subset of them. */
  readonly assignments: readonly Assignment[];
  readonly onCreated: (token: CreatedApiToken) => void;
}

/** Name a token, pick which of my roles it carries and how long it lives. */
export function CreateTokenForm({ assignments, onCreated }: CreateTokenFormProps) {
  const { t } = useTranslation();
  const create = useCreateApiToken();
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState(() => new Set(assignments.map(assignmentKey)));
  const [lifetime, setLifetime] = useState<number>(90);
  const errors = fieldErrors(create.error);

  const toggle = (key: string) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        name: name.trim(),
        assignments: assignments.filter((a) => chosen.has(assignmentKey(a))).map(toAssignmentInput),
        ...(lifetime > 0 ? { expiresInDays: lifetime } : {}),
      },
      {
        onSuccess: (token) => {
          setName('');
          onCreated(token);
        },
      },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormFailure error={create.error} texts={{ invalid: t('failure.checkFields') }} />
      <TextField
        label={t('tokens.name')}
        hint={t('tokens.nameHint')}
        required
        maxLength={100}
        value={name}
        onChange={(event) => setName(event.target.value)}
        errors={errors.get('name')}
      />
      {assignments.length > 0 && (
        <fieldset className="fieldset">
          <legend>{t('tokens.roles')}</legend>
          <p className="field__hint">{t('tokens.rolesHint')}</p>
          {assignments.map((assignment) => {
            const key = assignmentKey(assignment);
            return (
              <label key={key} className="check">
                <input type="checkbox" checked={chosen.has(key)} onChange={() => toggle(key)} />
                <AssignmentLabel assignment={assignment} />
              </label>
            );
          })}
        </fieldset>
      )}
      <fieldset className="fieldset">
        <legend>{t('tokens.lifetime')}</legend>
        {lifetimes.map((days) => (
          <label key={days} className="check">
            <input
              type="radio"
              name="token-lifetime"
              checked={lifetime === days}
              onChange={() => setLifetime(days)}
            />
            {days === 0 ? t('tokens.never') : t('tokens.days', { count: days })}
          </label>
        ))}
      </fieldset>
      <div className="form__actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {t('tokens.create')}
        </button>
      </div>
    </form>
  );
}
