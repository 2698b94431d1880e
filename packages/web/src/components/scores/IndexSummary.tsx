import { useTranslation } from 'react-i18next';
import type { CityScores } from '../../api/scores-types.ts';
import { formatDate } from '../../lib/dates.ts';
import { indexStatus } from '../../lib/score-tiles.ts';

/** The city's SDG index, or why it has none. */
export function IndexSummary({ scores }: { readonly scores: CityScores }) {
  const { t, i18n } = useTranslation();
  const status = indexStatus(scores);
  const date = formatDate(scores.computedAt, i18n.language);
  return (
    <section className="score-index" aria-labelledby="score-index-heading">
      <h2 id="score-index-heading">{t('scores.index')}</h2>
      {status.kind === 'index' ? (
        <p className="score-index__value">{t('scores.indexValue', { value: status.value })}</p>
      ) : (
        <p>{t('scores.noIndex', { missing: status.missingPercent, max: status.maxPercent })}</p>
      )}
      <p className="score-small">{t('scores.computedAt', { date })}</p>
    </section>
  );
}
