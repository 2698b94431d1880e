import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetStage } from '../../api/capacity-types.ts';
import { EVIDENCE_KINDS } from '@frontrunner/domain';
import type { RubricLevel } from '../../api/rubric.api.ts';
import type { CriterionDraft } from '../../lib/rubric-draft.ts';
import { FieldErrors, TextField } from '../form/TextField.tsx';

const STAGES: readonly TargetStage[] = ['model_city', 'frontrunner'];
const LEVELS: readonly RubricLevel[] = [0, 1, 2, 3];

/** Props of one criterion's editor. */
export interface CriterionEditorProps {
  readonly criterion: CriterionDraft;
  /** 1-based position, for the legend. */
  readonly number: number;
  readonly onChange: (change: Partial<CriterionDraft>) => void;
  readonly onRemove: () => void;
  /** Problems by field under this criterion (`key`, `title`, `levels`, `evidence`, `minimum`). */
  readonly errorsOf: (field: string) => readonly string[];
}

/** One criterion: key, title, what levels 0–3 mean, evidence asked for and minimum overrides. */
export function CriterionEditor({
  criterion,
  number,
  onChange,
  onRemove,
  errorsOf,
}: CriterionEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const levelErrors = errorsOf('levels');
  const evidenceErrors = errorsOf('evidence');
  const name = criterion.title.trim() || t('rubricEditor.newCriterion');
  return (
    <fieldset className="fieldset rubric-criterion">
      <legend>{t('rubricEditor.criterionLegend', { number, title: name })}</legend>
      <div className="rubric-criterion__row">
        <TextField
          label={t('rubricEditor.key')}
          hint={criterion.existing ? t('rubricEditor.keyKept') : t('rubricEditor.keyHint')}
          value={criterion.key}
          readOnly={criterion.existing}
          onChange={(event) => onChange({ key: event.target.value })}
          errors={errorsOf('key')}
        />
        <TextField
          label={t('rubricEditor.criterionTitle')}
          value={criterion.title}
          onChange={(event) => onChange({ title: event.target.value })}
          errors={errorsOf('title')}
        />
      </div>
      <div className="rubric-criterion__levels">
        {LEVELS.map((level) => (
          <div className="field" key={level}>
            <label htmlFor={`${id}-level-${level}`}>
              {t('rubricEditor.levelMeans', { level })}
            </label>
            <textarea
              id={`${id}-level-${level}`}
              value={criterion.levels[level]}
              aria-invalid={
                (levelErrors.length > 0 && criterion.levels[level].trim() === '') || undefined
              }
              aria-describedby={levelErrors.length > 0 ? `${id}-levels-error` : undefined}
              onChange={(event) => {
                const levels = [...criterion.levels] as [string, string, string, string];
                levels[level] = event.target.value;
                onChange({ levels });
              }}
            />
          </div>
        ))}
        <FieldErrors id={`${id}-levels-error`} errors={levelErrors} />
      </div>
      <fieldset className="fieldset">
        <legend>{t('rubricEditor.evidence')}</legend>
        <div className="evidence-options">
          {EVIDENCE_KINDS.map((kind) => (
            <label key={kind} className="check">
              <input
                type="checkbox"
                checked={criterion.evidence.includes(kind)}
                onChange={(event) =>
                  onChange({
                    evidence: event.target.checked
                      ? EVIDENCE_KINDS.filter((k) => k === kind || criterion.evidence.includes(k))
                      : criterion.evidence.filter((k) => k !== kind),
                  })
                }
              />
              <span>{t(`capacity.readiness.evidenceNames.${kind}`)}</span>
            </label>
          ))}
        </div>
        <FieldErrors errors={evidenceErrors} />
      </fieldset>
      <div className="rubric-criterion__row">
        {STAGES.map((stage) => (
          <div className="field" key={stage}>
            <label htmlFor={`${id}-min-${stage}`}>
              {t('rubricEditor.overrideLabel', { stage: t(`stage.${stage}`) })}
            </label>
            <select
              id={`${id}-min-${stage}`}
              value={criterion.minimum[stage] ?? ''}
              onChange={(event) => {
                const { [stage]: _old, ...rest } = criterion.minimum;
                const value = event.target.value;
                onChange({
                  minimum: value === '' ? rest : { ...rest, [stage]: Number(value) as RubricLevel },
                });
              }}
            >
              <option value="">{t('rubricEditor.rubricMinimum')}</option>
              {LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t('rubricEditor.level', { level })}
                </option>
              ))}
            </select>
            <FieldErrors errors={errorsOf(`minimum.${stage}`)} />
          </div>
        ))}
        <button type="button" className="button button--small button--quiet" onClick={onRemove}>
          {t('rubricEditor.remove', { title: name })}
        </button>
      </div>
    </fieldset>
  );
}
