import { useTranslation } from 'react-i18next';

/** One open dataset the app is built on: its name key, what it provides, where it lives. */
const sources = [
  {
    name: 'footer.unsd',
    use: 'footer.unsdUse',
    href: 'https://unstats.un.org/sdgs/indicators/indicators-list/',
  },
  {
    name: 'footer.translations',
    use: 'footer.translationsUse',
    href: 'https://github.com/open-sdg/sdg-translations',
  },
  {
    name: 'footer.naturalEarth',
    use: 'footer.naturalEarthUse',
    href: 'https://www.naturalearthdata.com/',
  },
  {
    name: 'footer.simplemaps',
    use: 'footer.simplemapsUse',
    href: 'https://simplemaps.com/data/world-cities',
  },
] as const;

/** "About the data": the open sources behind what the app shows. */
export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <h2 className="site-footer__heading">{t('footer.aboutData')}</h2>
        <p>{t('footer.intro')}</p>
        <ul className="source-list">
          {sources.map((source) => (
            <li key={source.name}>
              <a href={source.href}>{t(source.name)}</a> — {t(source.use)}
            </li>
          ))}
        </ul>
      </div>
    </footer>
  );
}
