import { useTranslation } from 'react-i18next';
import type { ComputedEvidence } from '../../api/capacity-types.ts';
import { useLanguage } from '../../hooks/use-language.ts';
import { formatShare } from '../../lib/capacity-format.ts';

const n = (value: number | null | undefined) => value ?? 0;

/** What the platform computed as evidence: priority goals, data, trainings, awareness. */
export function EvidenceList({ evidence }: { readonly evidence: ComputedEvidence }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { priority_goals: goals, data_coverage: data } = evidence;
  const { trainings_attended: trainings, survey_awareness: awareness } = evidence;
  return (
    <ul className="evidence-list">
      {goals && (
        <li>{t('capacity.readiness.evidenceKinds.priority_goals', { count: n(goals.count) })}</li>
      )}
      {data && (
        <li>
          {t('capacity.readiness.evidenceKinds.data_coverage', {
            approved: n(data.approved),
            series: n(data.series),
          })}
        </li>
      )}
      {trainings && (
        <li>
          {t('capacity.readiness.evidenceKinds.trainings_attended', {
            people: n(trainings.people),
            count: n(trainings.trainings),
          })}
        </li>
      )}
      {awareness && n(awareness.n) > 0 && (
        <li>
          {t('capacity.readiness.evidenceKinds.survey_awareness', {
            share: formatShare(awareness.share ?? null, language),
            n: n(awareness.n),
          })}
        </li>
      )}
    </ul>
  );
}
