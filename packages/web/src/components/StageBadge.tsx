import { useTranslation } from 'react-i18next';
import type { CityStage } from '../api/types.ts';
import { stageColours } from '../lib/map-style.ts';

/** A city's programme stage as a label with the stage's map colour as a dot. */
export function StageBadge({ stage }: { readonly stage: CityStage }) {
  const { t } = useTranslation();
  return (
    <span className={`stage-badge stage-badge--${stage}`}>
      <span
        className="stage-badge__dot"
        style={{ backgroundColor: stageColours[stage] }}
        aria-hidden="true"
      />
      {t(`stage.${stage}`)}
    </span>
  );
}
