import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../hooks/use-session.ts';
import { useSignOutAction } from '../hooks/use-sign-out-action.ts';

/** Who is signed in, with links to their account and a sign-out button; or a sign-in link. */
export function UserMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const { signOut, pending } = useSignOutAction();
  const user = session.data?.user;
  if (session.isPending) return null;
  if (!user) {
    return (
      <div className="user-menu">
        <Link to="/sign-in" className="user-menu__sign-in">
          {t('userMenu.signIn')}
        </Link>
      </div>
    );
  }
  return (
    <div className="user-menu">
      <span className="user-menu__who">
        <span className="visually-hidden">{t('userMenu.signedInAs')} </span>
        <Link to="/account" className="user-menu__name">
          {user.name}
        </Link>
      </span>
      <button
        type="button"
        className="button button--quiet button--small"
        onClick={signOut}
        disabled={pending}
      >
        {t('userMenu.signOut')}
      </button>
    </div>
  );
}
