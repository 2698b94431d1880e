import { useTranslation } from 'react-i18next';

/** The "multi-dimensional" badge; its meaning is in its accessible description and title. */
export function MultiDimensionalBadge({ explained = false }: { readonly explained?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="md-badge-wrap">
      <span className="md-badge" title={t('projects.multiDimensionalHint')}>
        {t('projects.multiDimensional')}
      </span>
      {explained && <span className="small muted"> {t('projects.multiDimensionalHint')}</span>}
    </span>
  );
}
