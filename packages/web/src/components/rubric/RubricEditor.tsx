import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetStage } from '../../api/capacity-types.ts';
import type { RubricLevel, RubricVersion } from '../../api/rubric.api.ts';
import {
  isRubricConflict,
  RubricConflictError,
  usePublishRubric,
} from '../../hooks/use-rubric-editor.ts';
import { errorsUnder, fieldErrors } from '../../lib/field-errors.ts';
import {
  blankCriterion,
  draftChanged,
  draftFromRubric,
  rubricProblems,
  type CriterionDraft,
  type RubricDraft,
} from '../../lib/rubric-draft.ts';
import { FormFailure } from '../form/FormFailure.tsx';
import { FieldErrors } from '../form/TextField.tsx';
import { CriterionEditor } from './CriterionEditor.tsx';

const STAGES: readonly TargetStage[] = ['model_city', 'frontrunner'];
const LEVELS: readonly RubricLevel[] = [0, 1, 2, 3];

/** Props of the rubric editor. */
export interface RubricEditorProps {
  /** The current version, which the draft starts from. */
  readonly current: RubricVersion;
  readonly onPublished: (rubric: RubricVersion) => void;
  readonly onCancel: () => void;
  /** Loads the newest version again after a conflict (the draft restarts from it). */
  readonly onReload: () => Promise<RubricVersion | undefined>;
}

/**
 * Edits the current rubric and publishes it as a new version: the platform's own rubric rules
 * are checked before sending, and a version published meanwhile by someone else is a conflict,
 * never overwritten.
 */
export function RubricEditor({ current, onPublished, onCancel, onReload }: RubricEditorProps) {
  const { t } = useTranslation();
  const publish = usePublishRubric();
  const [draft, setDraft] = useState<RubricDraft>(() => draftFromRubric(current));
  const [tried, setTried] = useState(false);
  const nextRow = useRef(0);
  const problems = tried ? rubricProblems(draft) : new Map<string, never[]>();
  const server = fieldErrors(publish.error);
  const errorsOf = (path: string) => [
    ...(problems.get(path) ?? []).map((p) => t(`rubricEditor.problems.${p}`)),
    ...errorsUnder(server, path),
  ];
  const setCriterion = (index: number, change: Partial<CriterionDraft>) =>
    setDraft((d) => ({
      ...d,
      criteria: d.criteria.map((c, i) => (i === index ? { ...c, ...change } : c)),
    }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (rubricProblems(draft).size > 0) return;
    publish.mutate(draft, { onSuccess: onPublished });
  };
  const reload = async () => {
    const newest = await onReload();
    if (newest) setDraft(draftFromRubric(newest));
    publish.reset();
    setTried(false);
  };
  const conflict = isRubricConflict(publish.error);
  const unchanged = !draftChanged(draft, current);
  return (
    <form className="rubric-editor" onSubmit={onSubmit} noValidate aria-labelledby="editor-heading">
      <h2 id="editor-heading">
        {t('rubricEditor.editing', { version: draft.basedOn, next: draft.basedOn + 1 })}
      </h2>
      <p>{t('rubricEditor.editIntro')}</p>
      <fieldset className="fieldset">
        <legend>{t('rubricEditor.minimum')}</legend>
        <div className="rubric-criterion__row">
          {STAGES.map((stage) => (
            <div className="field" key={stage}>
              <label htmlFor={`minimum-${stage}`}>
                {t('rubricEditor.minimumFor', { stage: t(`stage.${stage}`) })}
              </label>
              <select
                id={`minimum-${stage}`}
                value={draft.minimum[stage]}
                aria-invalid={errorsOf(`minimum.${stage}`).length > 0 || undefined}
                onChange={(event) =>
                  setDraft((d) => ({
                    ...d,
                    minimum: { ...d.minimum, [stage]: Number(event.target.value) as RubricLevel },
                  }))
                }
              >
                {LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {t('rubricEditor.level', { level })}
                  </option>
                ))}
              </select>
              <FieldErrors errors={errorsOf(`minimum.${stage}`)} />
            </div>
          ))}
        </div>
      </fieldset>
      <h3>{t('rubricEditor.criteria')}</h3>
      {draft.criteria.map((criterion, index) => (
        <CriterionEditor
          key={criterion.rowId}
          criterion={criterion}
          number={index + 1}
          onChange={(change) => setCriterion(index, change)}
          onRemove={() =>
            setDraft((d) => ({ ...d, criteria: d.criteria.filter((_, i) => i !== index) }))
          }
          errorsOf={(field) => errorsOf(`criteria.${index}.${field}`)}
        />
      ))}
      <FieldErrors errors={errorsOf('criteria')} />
      <p>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            nextRow.current += 1;
            setDraft((d) => ({
              ...d,
              criteria: [...d.criteria, blankCriterion(`new-${nextRow.current}`)],
            }));
          }}
        >
          {t('rubricEditor.add')}
        </button>
      </p>
      {tried && problems.size > 0 && (
        <p className="form-failure" role="alert">
          {t('rubricEditor.fixProblems', { count: problems.size })}
        </p>
      )}
      {conflict ? (
        <div className="form-failure" role="alert">
          <p>
            {t('rubricEditor.conflict', {
              version:
                publish.error instanceof RubricConflictError && publish.error.current
                  ? publish.error.current
                  : draft.basedOn + 1,
            })}
          </p>
          <button type="button" className="button button--small" onClick={() => void reload()}>
            {t('rubricEditor.reload')}
          </button>
        </div>
      ) : (
        <FormFailure error={publish.error} />
      )}
      <div className="form__actions">
        <button type="submit" className="button" disabled={publish.isPending || unchanged}>
          {t('rubricEditor.publish', { version: draft.basedOn + 1 })}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('rubricEditor.cancel')}
        </button>
        {unchanged && <span className="small muted">{t('rubricEditor.unchanged')}</span>}
      </div>
    </form>
  );
}
