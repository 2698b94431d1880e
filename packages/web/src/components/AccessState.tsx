import { Link, useLocation } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../hooks/use-document-title.ts';

/** Props of the "sign in" or "not for you" state of a page. */
export interface AccessStateProps {
  /** 401: nobody is signed in; 403: the signed-in account lacks the role. */
  readonly kind: 'signed-out' | 'forbidden';
  /** Who the page is for, in words ("the programme secretariat"). */
  readonly audience: string;
}

/**
 * What a page that needs a role shows instead of itself: a way to sign in (and come back
 * here), or, for an account without the role, who the page is for and a way home.
 */
export function AccessState({ kind, audience }: AccessStateProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const title = kind === 'signed-out' ? t('access.signInTitle') : t('access.forbiddenTitle');
  useDocumentTitle(title);
  return (
    <div className="access-state">
      <h1>{title}</h1>
      {kind === 'signed-out' ? (
        <>
          <p>{t('access.signInText', { audience })}</p>
          <Link to="/sign-in" search={{ redirect: location.href }} className="button">
            {t('access.signIn')}
          </Link>
        </>
      ) : (
        <>
          <p>{t('access.forbiddenText', { audience })}</p>
          <p className="muted">{t('access.forbiddenHint')}</p>
          <Link to="/" className="button button--quiet">
            {t('notFound.home')}
          </Link>
        </>
      )}
    </div>
  );
}
