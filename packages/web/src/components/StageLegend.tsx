import { useTranslation } from 'react-i18next';
import { cityStages } from '../api/types.ts';
import { StageBadge } from './StageBadge.tsx';

/** The key to the map's point colours. */
export function StageLegend() {
  const { t } = useTranslation();
  return (
    <div className="stage-legend">
      <span className="stage-legend__title">{t('cities.stageLabel')}</span>
      <ul>
        {[...cityStages].reverse().map((stage) => (
          <li key={stage}>
            <StageBadge stage={stage} />
          </li>
        ))}
      </ul>
    </div>
  );
}
