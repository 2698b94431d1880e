import { Link, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../components/form/FormFailure.tsx';
import { NewPasswordFields } from '../components/form/NewPasswordFields.tsx';
import { TextField } from '../components/form/TextField.tsx';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useLinkToken } from '../hooks/use-link-token.ts';
import { useNewPassword } from '../hooks/use-new-password.ts';
import { useAcceptInvitation } from '../hooks/use-recovery.ts';
import { fieldErrors } from '../lib/field-errors.ts';
import { mutateThen } from '../lib/mutate-then.ts';

/** The page of an invitation link (`/accept-invitation#token=…`): choose a password, sign in. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('invitation.title'));
  const token = useLinkToken();
  const navigate = useNavigate();
  const fields = useNewPassword();
  const [name, setName] = useState('');
  const accept = useAcceptInvitation();
  const errors = fieldErrors(accept.error);
  const badLink = !token || errors.has('token');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!token || !fields.attempt()) return;
    mutateThen(
      accept,
      { token, password: fields.password, ...(name.trim() ? { name: name.trim() } : {}) },
      () => navigate({ to: '/account', search: { welcome: true } }),
    );
  };

  return (
    <div className="narrow-page">
      <h1>{t('invitation.title')}</h1>
      {badLink ? (
        <div className="form-failure" role="alert">
          <p>{t('invitation.badLink')}</p>
          <Link to="/sign-in">{t('invitation.signIn')}</Link>
        </div>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <p>{t('invitation.intro')}</p>
          <FormFailure error={accept.error} texts={{ invalid: t('failure.checkFields') }} />
          <TextField
            label={t('invitation.name')}
            hint={t('invitation.nameHint')}
            autoComplete="name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            errors={errors.get('name')}
          />
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
            <button type="submit" className="button" disabled={accept.isPending}>
              {t('invitation.submit')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
