import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/account-types.ts';
import { useUpdateAccount } from '../../hooks/use-account.ts';
import { useNewPassword } from '../../hooks/use-new-password.ts';
import { fieldErrors } from '../../lib/field-errors.ts';
import { FormFailure } from '../form/FormFailure.tsx';
import { NewPasswordFields } from '../form/NewPasswordFields.tsx';
import { TextField } from '../form/TextField.tsx';

/** Change my password with the current one; my other sessions end. */
export function PasswordForm({ user }: { readonly user: User }) {
  const { t } = useTranslation();
  const update = useUpdateAccount();
  const fields = useNewPassword();
  const [current, setCurrent] = useState('');
  const errors = fieldErrors(update.error);

  if (user.isDemo) return <p className="notice">{t('account.demoPassword')}</p>;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!fields.attempt()) return;
    update.mutate(
      { currentPassword: current, newPassword: fields.password },
      {
        onSuccess: () => {
          setCurrent('');
          fields.reset();
        },
      },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormFailure error={update.error} texts={{ invalid: t('failure.checkFields') }} />
      <TextField
        label={t('password.current')}
        type="password"
        autoComplete="current-password"
        required
        value={current}
        onChange={(event) => setCurrent(event.target.value)}
        errors={errors.has('currentPassword') ? [t('password.currentWrong')] : []}
      />
      <NewPasswordFields
        password={fields.password}
        confirmation={fields.confirmation}
        onPasswordChange={fields.setPassword}
        onConfirmationChange={fields.setConfirmation}
        problems={fields.problems}
        showProblems={fields.showProblems}
        serverErrors={errors.get('newPassword')}
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={update.isPending}>
          {t('password.change')}
        </button>
        <span role="status" className="form__saved">
          {update.isSuccess ? t('password.changed') : ''}
        </span>
      </div>
    </form>
  );
}
