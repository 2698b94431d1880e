import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { criterionTitle, levelDescriptors } from '../../lib/criterion-title.ts';
import type { Rubric } from '../../api/capacity-types.ts';
import type { Assessment, AssessmentCriterion } from '../../api/graduation-types.ts';
import { CriterionEvidence } from './CriterionEvidence.tsx';
import { LevelChoice } from './LevelChoice.tsx';

/** The level a criterion needs for the assessment's stage (from its readiness). */
export function neededLevel(assessment: Assessment, key: string): number {
  const all = [...assessment.readiness.met, ...assessment.readiness.missing];
  return all.find((c) => c.key === key)?.needed ?? 0;
}

/**
 * One criterion of an assessment: its title, the level its stage needs, the platform's evidence,
 * what the city and the reviewer said; `children` replaces the read-only levels with a form's
 * fields.
 */
export function CriterionCard({
  assessment,
  criterion,
  rubric,
  children,
}: {
  readonly assessment: Assessment;
  readonly criterion: AssessmentCriterion;
  readonly rubric: Rubric['criteria'][number] | undefined;
  readonly children?: ReactNode;
}) {
  const { t } = useTranslation();
  const needed = neededLevel(assessment, criterion.key);
  const marks: Record<number, string> = {};
  const mark = (level: number | null, text: string) => {
    if (level !== null) marks[level] = [marks[level], text].filter(Boolean).join(' · ');
  };
  mark(criterion.selfLevel, t('graduation.selfMark'));
  mark(criterion.reviewLevel, t('graduation.reviewMark'));
  const headingId = `criterion-${criterion.key}`;
  const title = criterionTitle(t, criterion.key, criterion.title);
  return (
    <section className="assessment-criterion" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p className="small muted">{t('graduation.needs', { level: needed })}</p>
      <div className="assessment-criterion__body">
        <div>
          {children ?? (
            <>
              <LevelChoice
                name={`level-${criterion.key}`}
                legend={t('graduation.levelsOf', { criterion: title })}
                descriptors={levelDescriptors(t, criterion.key, rubric?.levels ?? [])}
                needed={needed}
                marks={marks}
              />
              <Said label={t('graduation.selfComment')} text={criterion.selfComment} />
              <Said label={t('graduation.reviewComment')} text={criterion.reviewComment} />
            </>
          )}
        </div>
        <CriterionEvidence
          criterion={criterion}
          kinds={rubric?.evidence ?? []}
          slug={assessment.city}
        />
      </div>
    </section>
  );
}

function Said({ label, text }: { readonly label: string; readonly text: string | null }) {
  if (!text) return null;
  return (
    <p className="assessment-said">
      <strong>{label}:</strong> {text}
    </p>
  );
}
