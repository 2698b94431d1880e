import type { DashboardColour, SdsnTrendArrow } from '@frontrunner/domain';
import { useTranslation } from 'react-i18next';
import { TREND_KEYS } from '../../lib/score-tiles.ts';

/** A dashboard colour as a swatch and its words: never colour alone. */
export function ColourLabel({ colour }: { readonly colour: DashboardColour }) {
  const { t } = useTranslation();
  return (
    <span>
      <span className={`score-chip score-colour--${colour}`} aria-hidden="true" />
      {t(`scores.colour.${colour}`)}
    </span>
  );
}

/** A trend arrow with its meaning as a tooltip and for screen readers. */
export function TrendArrow({
  trend,
  withText = false,
}: {
  readonly trend: SdsnTrendArrow;
  readonly withText?: boolean;
}) {
  const { t } = useTranslation();
  const words = t(`scores.trend.${TREND_KEYS[trend]}`);
  return (
    <span title={words}>
      <span className="score-arrow" aria-hidden="true">
        {trend}
      </span>{' '}
      <span className={withText ? undefined : 'visually-hidden'}>{words}</span>
    </span>
  );
}
