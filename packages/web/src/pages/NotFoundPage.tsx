import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../hooks/use-document-title.ts';

/** Props of the not-found content. */
export interface NotFoundContentProps {
  /** What in particular was not found; a generic sentence when absent. */
  readonly message?: string;
}

/** "Page not found" with a way home; also used for an unknown city or goal. */
export function NotFoundContent({ message }: NotFoundContentProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <div className="not-found">
      <h1>{t('notFound.title')}</h1>
      <p>{message ?? t('notFound.text')}</p>
      <Link to="/" className="button">
        {t('notFound.home')}
      </Link>
    </div>
  );
}

/** The page for any address that matches no route. */
export function NotFoundPage() {
  return <NotFoundContent />;
}
