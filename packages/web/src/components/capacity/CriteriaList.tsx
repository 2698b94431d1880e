import { useTranslation } from 'react-i18next';
import { criterionTitle, levelDescriptors } from '../../lib/criterion-title.ts';
import type { CriterionReadiness, Rubric } from '../../api/capacity-types.ts';

type RubricCriterion = Rubric['criteria'][number];

/** Criteria met or missing, each with its level, the level needed and what levels mean. */
export function CriteriaList({
  criteria,
  rubric,
  empty,
}: {
  readonly criteria: readonly CriterionReadiness[];
  readonly rubric: Rubric | undefined;
  readonly empty: string;
}) {
  if (criteria.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="criteria-list">
      {criteria.map((criterion) => (
        <CriterionItem
          key={criterion.key}
          criterion={criterion}
          rubric={rubric?.criteria.find((c) => c.key === criterion.key)}
        />
      ))}
    </ul>
  );
}

function CriterionItem({
  criterion,
  rubric,
}: {
  readonly criterion: CriterionReadiness;
  readonly rubric: RubricCriterion | undefined;
}) {
  const { t } = useTranslation();
  const state = criterion.met ? 'met' : 'missing';
  return (
    <li className={`criterion criterion--${state}`}>
      <p className="criterion__title">
        <span className="criterion__mark" aria-hidden="true">
          {criterion.met ? '✓' : '○'}
        </span>
        {criterionTitle(t, criterion.key, criterion.title)}
      </p>
      <p className="criterion__level">
        {criterion.level === null
          ? t('capacity.readiness.notScored')
          : t('capacity.readiness.level', { level: criterion.level })}
        {!criterion.met && ` · ${t('capacity.readiness.needed', { needed: criterion.needed })}`}
      </p>
      {rubric && (
        <details className="criterion__details">
          <summary>{t('capacity.readiness.levelMeaning')}</summary>
          <ol start={0} className="criterion__levels">
            {levelDescriptors(t, rubric.key, rubric.levels).map((meaning, level) => (
              <li
                key={level}
                className={level === criterion.needed ? 'criterion__needed' : undefined}
              >
                {meaning}
              </li>
            ))}
          </ol>
          {rubric.evidence.length > 0 && (
            <p className="small muted">
              {t('capacity.readiness.evidenceAsked', {
                list: rubric.evidence
                  .map((kind) =>
                    t(
                      `capacity.readiness.evidenceNames.${kind}` as 'capacity.readiness.evidenceNames.link',
                      {
                        defaultValue: kind,
                      },
                    ),
                  )
                  .join(', '),
              })}
            </p>
          )}
        </details>
      )}
    </li>
  );
}
