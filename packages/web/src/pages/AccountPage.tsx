import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { User } from '../api/account-types.ts';
import { ApiTokensSection } from '../components/account/ApiTokensSection.tsx';
import { AssignmentList } from '../components/account/AssignmentLabel.tsx';
import { PasswordForm } from '../components/account/PasswordForm.tsx';
import { ProfileForm } from '../components/account/ProfileForm.tsx';
import { SessionsSection } from '../components/account/SessionsSection.tsx';
import { QueryResult } from '../components/QueryResult.tsx';
import { RequireAccess } from '../components/RequireAccess.tsx';
import { useAccount } from '../hooks/use-account.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';

const accountRoute = getRouteApi('/account');

/** My account: profile and language, password, sessions, API tokens. */
export function AccountPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.title'));
  return (
    <RequireAccess action="account.read" audience={t('access.audienceSignedIn')}>
      {() => <AccountContent />}
    </RequireAccess>
  );
}

function AccountContent() {
  const account = useAccount();
  return <QueryResult query={account}>{(user) => <AccountView user={user} />}</QueryResult>;
}

function AccountView({ user }: { readonly user: User }) {
  const { t } = useTranslation();
  const { welcome } = accountRoute.useSearch();
  return (
    <div className="account">
      <h1>{t('account.title')}</h1>
      {welcome && (
        <p className="notice" role="status">
          {t('account.welcome', { name: user.name })}
        </p>
      )}
      <section className="account__section" aria-labelledby="roles-heading">
        <h2 id="roles-heading">{t('account.roles')}</h2>
        <AssignmentList assignments={user.assignments} />
      </section>
      <section className="account__section" aria-labelledby="profile-heading">
        <h2 id="profile-heading">{t('account.profile')}</h2>
        <ProfileForm user={user} />
      </section>
      <section className="account__section" aria-labelledby="password-heading">
        <h2 id="password-heading">{t('account.password')}</h2>
        <PasswordForm user={user} />
      </section>
      <section className="account__section" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">{t('account.sessions')}</h2>
        <SessionsSection />
      </section>
      <section className="account__section" aria-labelledby="tokens-heading">
        <h2 id="tokens-heading">{t('tokens.title')}</h2>
        <ApiTokensSection user={user} />
      </section>
    </div>
  );
}
