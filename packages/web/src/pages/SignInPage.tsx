import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../components/form/FormFailure.tsx';
import { TextField } from '../components/form/TextField.tsx';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useSession, useSignIn } from '../hooks/use-session.ts';
import { safeRedirect } from '../lib/access.ts';
import { fieldErrors } from '../lib/field-errors.ts';
import { mutateThen } from '../lib/mutate-then.ts';

const signInRoute = getRouteApi('/sign-in');

/** Sign in with email and password, then go back where the user came from. */
export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('signIn.title'));
  const { redirect } = signInRoute.useSearch();
  const navigate = useNavigate();
  const session = useSession();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const errors = fieldErrors(signIn.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutateThen(signIn, { email, password }, () => navigate({ to: safeRedirect(redirect) }));
  };

  return (
    <div className="narrow-page">
      <h1>{t('signIn.title')}</h1>
      {session.data?.user && !signIn.isPending && (
        <p className="notice">
          {t('signIn.already', { name: session.data.user.name })}{' '}
          <Link to={safeRedirect(redirect)}>{t('signIn.continue')}</Link>
        </p>
      )}
      <form className="form" onSubmit={submit} noValidate>
        <FormFailure
          error={signIn.error}
          texts={{ 'signed-out': t('signIn.wrong'), 'rate-limited': t('signIn.locked') }}
        />
        <TextField
          label={t('signIn.email')}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          errors={errors.get('email')}
        />
        <TextField
          label={t('signIn.password')}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          errors={errors.get('password')}
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={signIn.isPending}>
            {signIn.isPending ? t('signIn.submitting') : t('signIn.submit')}
          </button>
          <Link to="/forgot-password">{t('signIn.forgot')}</Link>
        </div>
      </form>
      {session.data?.demo && <p className="muted small">{t('signIn.demoHint')}</p>}
    </div>
  );
}
