import { useTranslation } from 'react-i18next';
import type { RecommendationReason } from '../../api/knowledge-types.ts';

/** Props of the reasons a case or a mentor city was suggested. */
export interface ReasonListProps {
  readonly reasons: readonly RecommendationReason[];
  /** The name of the suggested city (the case's, or the mentor's), for the sentences. */
  readonly city: string;
}

/** "Why it is suggested" and the reasons, each in the interface language. */
export function ReasonList({ reasons, city }: ReasonListProps) {
  const { t } = useTranslation();
  return (
    <>
      <p className="small muted recommendation__why">
        {t('knowledge.recommendations.reasonsLabel')}
      </p>
      <ul className="recommendation__reasons">
        {reasons.map((r) => (
          <li key={`${r.code}-${r.goal ?? ''}`}>
            {t(`knowledge.recommendations.reasons.${r.code}`, {
              goal: r.goal ?? '',
              city,
              defaultValue: r.message,
            })}
          </li>
        ))}
      </ul>
    </>
  );
}
