import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../hooks/use-session.ts';
import { allows } from '../lib/access.ts';
import { DemoBanner } from './DemoBanner.tsx';
import { HeaderSearch } from './knowledge/HeaderSearch.tsx';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { UserMenu } from './UserMenu.tsx';

/** Demo banner, brand, main navigation (with the work pages the user's roles open), language and account. */
export function SiteHeader() {
  const { t } = useTranslation();
  const session = useSession().data;
  return (
    <header className="site-header">
      <DemoBanner />
      <div className="site-header__inner">
        <Link to="/" className="brand">
          <span className="brand__mark" aria-hidden="true">
            F
          </span>
          <span className="brand__text">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </span>
        </Link>
        <nav className="site-nav" aria-label={t('nav.label')}>
          <ul>
            <li>
              <Link to="/" activeOptions={{ exact: true }}>
                {t('nav.goals')}
              </Link>
            </li>
            <li>
              <Link to="/cities">{t('nav.cities')}</Link>
            </li>
            <li>
              <Link to="/interlinkages/asean">{t('interlinkages.navLabel')}</Link>
            </li>
            <li>
              <Link to="/projects">{t('projects.nav')}</Link>
            </li>
            <li>
              <Link to="/cohorts">{t('capacity.nav')}</Link>
            </li>
            {allows(session, 'observation.approve') && (
              <li>
                <Link to="/review">{t('nav.review')}</Link>
              </li>
            )}
            {allows(session, 'user.read') && (
              <li>
                <Link to="/users">{t('nav.users')}</Link>
              </li>
            )}
          </ul>
        </nav>
        <div className="site-header__tools">
          <HeaderSearch />
          <LanguageSwitcher />
          <UserMenu />
        </div>
      </div>
    </header>
  );
}
