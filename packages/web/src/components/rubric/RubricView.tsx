import { useTranslation } from 'react-i18next';
import { criterionTitle, levelDescriptors } from '../../lib/criterion-title.ts';
import type { RubricVersion } from '../../api/rubric.api.ts';

const STAGES = ['model_city', 'frontrunner'] as const;

/** A rubric version as read: the minimum per stage, then each criterion's levels and evidence. */
export function RubricView({
  rubric,
  headingLevel = 3,
}: {
  readonly rubric: RubricVersion;
  /** Level of each criterion's heading, under the caller's own. */
  readonly headingLevel?: 3 | 4;
}) {
  const { t } = useTranslation();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="rubric-view">
      <p>
        {t('rubricEditor.minimumLine', {
          model: rubric.minimum.model_city,
          frontrunner: rubric.minimum.frontrunner,
        })}
      </p>
      {rubric.criteria.map((criterion) => (
        <section key={criterion.key} className="criterion">
          <Heading className="criterion__title">
            {criterionTitle(t, criterion.key, criterion.title)}{' '}
            <span className="small muted">({criterion.key})</span>
          </Heading>
          <dl>
            {levelDescriptors(t, criterion.key, criterion.levels).map((text, level) => (
              <div key={level} className="rubric-view__level">
                <dt>{t('rubricEditor.level', { level })}</dt>
                <dd>{text}</dd>
              </div>
            ))}
          </dl>
          <p className="small">
            {t('capacity.readiness.evidenceAsked', {
              list: criterion.evidence
                .map((kind) => t(`capacity.readiness.evidenceNames.${kind}`))
                .join(', '),
            })}
          </p>
          {criterion.minimum && Object.keys(criterion.minimum).length > 0 && (
            <p className="small">
              {STAGES.filter((stage) => criterion.minimum?.[stage] !== undefined)
                .map((stage) =>
                  t('rubricEditor.override', {
                    stage: t(`stage.${stage}`),
                    level: criterion.minimum?.[stage],
                  }),
                )
                .join(' · ')}
            </p>
          )}
        </section>
      ))}
    </div>
  );
}
