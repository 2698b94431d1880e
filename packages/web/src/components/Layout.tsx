import { Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFocusOnNavigation } from '../hooks/use-focus-on-navigation.ts';
import { SiteFooter } from './SiteFooter.tsx';
import { SiteHeader } from './SiteHeader.tsx';

/** The page frame: skip link, header, the current page as main content, footer. */
export function Layout() {
  const { t } = useTranslation();
  const main = useFocusOnNavigation<HTMLElement>();
  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          main.current?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <SiteHeader />
      <main id="main" ref={main} tabIndex={-1} className="site-main">
        <Outlet />
      </main>
      <SiteFooter />
    </>
  );
}
