import { useTranslation } from 'react-i18next';

/** Prints the page; the print stylesheet leaves out navigation and toolbars. */
export function PrintButton() {
  const { t } = useTranslation();
  return (
    <button type="button" className="button button--quiet" onClick={() => window.print()}>
      {t('scores.print')}
    </button>
  );
}
