import { useTranslation } from 'react-i18next';
import { useSession } from '../hooks/use-session.ts';

/**
 * A strip on every page while the server runs in demo mode: the accounts have a published
 * password and the data is not real.
 */
export function DemoBanner() {
  const { t } = useTranslation();
  const session = useSession();
  if (!session.data?.demo) return null;
  return (
    <div className="demo-banner">
      <p>
        <strong className="demo-banner__label">{t('demo.label')}</strong> {t('demo.text')}
      </p>
    </div>
  );
}
