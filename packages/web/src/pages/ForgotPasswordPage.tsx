import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../components/form/FormFailure.tsx';
import { TextField } from '../components/form/TextField.tsx';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { usePasswordResetRequest } from '../hooks/use-recovery.ts';
import { fieldErrors } from '../lib/field-errors.ts';

/** Ask for a password-reset link by email. The answer never says whether the account exists. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('forgot.title'));
  const [email, setEmail] = useState('');
  const request = usePasswordResetRequest();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate(email);
  };
  return (
    <div className="narrow-page">
      <h1>{t('forgot.title')}</h1>
      {request.isSuccess ? (
        <div className="notice" role="status">
          <p>{t('forgot.sent', { email })}</p>
          <p>
            <Link to="/sign-in">{t('forgot.backToSignIn')}</Link>
          </p>
        </div>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <p>{t('forgot.intro')}</p>
          <FormFailure error={request.error} />
          <TextField
            label={t('signIn.email')}
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            errors={fieldErrors(request.error).get('email')}
          />
          <div className="form__actions">
            <button type="submit" className="button" disabled={request.isPending}>
              {t('forgot.submit')}
            </button>
            <Link to="/sign-in">{t('forgot.backToSignIn')}</Link>
          </div>
        </form>
      )}
    </div>
  );
}
