import { Link } from '@tanstack/react-router';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../components/form/FormFailure.tsx';
import { NewPasswordFields } from '../components/form/NewPasswordFields.tsx';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useLinkToken } from '../hooks/use-link-token.ts';
import { useNewPassword } from '../hooks/use-new-password.ts';
import { usePasswordResetConfirm } from '../hooks/use-recovery.ts';
import { fieldErrors } from '../lib/field-errors.ts';

/** The page of an emailed reset link (`/reset-password#token=…`): choose a new password. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('reset.title'));
  const token = useLinkToken();
  const fields = useNewPassword();
  const confirm = usePasswordResetConfirm();
  const errors = fieldErrors(confirm.error);
  const badLink = !token || errors.has('token');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (token && fields.attempt()) confirm.mutate({ token, password: fields.password });
  };

  if (confirm.isSuccess) {
    return (
      <div className="narrow-page">
        <h1>{t('reset.title')}</h1>
        <div className="notice" role="status">
          <p>{t('reset.done')}</p>
          <Link to="/sign-in" className="button">
            {t('reset.signIn')}
          </Link>
        </div>
      </div>
    );
  }
  return (
    <div className="narrow-page">
      <h1>{t('reset.title')}</h1>
      {badLink ? (
        <div className="form-failure" role="alert">
          <p>{t('reset.badLink')}</p>
          <Link to="/forgot-password">{t('reset.askAgain')}</Link>
        </div>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <p>{t('reset.intro')}</p>
          <FormFailure error={confirm.error} texts={{ invalid: t('failure.checkFields') }} />
          <NewPasswordFields
            password={fields.password}
            confirmation={fields.confirmation}
            onPasswordChange={fields.setPassword}
            onConfirmationChange={fields.setConfirmation}
            problems={fields.problems}
            showProblems={fields.showProblems}
            serverErrors={errors.get('password')}
          />
          <div className="form__actions">
            <button type="submit" className="button" disabled={confirm.isPending}>
              {t('reset.submit')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
