import { useTranslation } from 'react-i18next';
import { GENDERS, type ParticipantSummary } from '../../api/trainings-types.ts';
import { useLanguage } from '../../hooks/use-language.ts';
import { formatShare } from '../../lib/capacity-format.ts';

/** What anyone may know of a training's participants: counts, never names. */
export function ParticipantCounts({ summary }: { readonly summary: ParticipantSummary }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (summary.participants === 0)
    return <p className="muted">{t('trainings.participants.none')}</p>;
  return (
    <dl className="training-counts">
      <div>
        <dt>{t('trainings.counts.participants')}</dt>
        <dd>{summary.participants}</dd>
      </div>
      <div>
        <dt>{t('trainings.counts.attendanceRate')}</dt>
        <dd>
          {summary.attendanceRate === null
            ? t('trainings.counts.noRate')
            : formatShare(summary.attendanceRate, language)}
        </dd>
      </div>
      <div>
        <dt>{t('trainings.counts.byGender')}</dt>
        <dd>
          {GENDERS.filter((g) => summary.byGender[g] > 0)
            .map((g) => `${t(`trainings.genders.${g}`)} ${summary.byGender[g]}`)
            .join(' · ')}
        </dd>
      </div>
      <div>
        <dt>{t('trainings.counts.byCity')}</dt>
        <dd>
          {summary.byCity
            .map((c) => `${c.name ?? t('trainings.participants.guests')} ${c.count}`)
            .join(' · ')}
        </dd>
      </div>
    </dl>
  );
}
