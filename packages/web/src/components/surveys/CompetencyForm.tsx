import { COMPETENCIES } from '@frontrunner/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../lib/dates.ts';
import { useLanguage } from '../../hooks/use-language.ts';
import { useRecordCompetencies, useTrainingOptions } from '../../hooks/use-survey-admin.ts';
import {
  checkCompetencyDraft,
  COMPETENCY_LEVELS,
  toCompetencyAssessment,
  type CompetencyDraft,
} from '../../lib/competency-draft.ts';
import { errorsUnder, fieldErrors } from '../../lib/field-errors.ts';
import { FormFailure } from '../form/FormFailure.tsx';
import { FieldErrors, TextField } from '../form/TextField.tsx';
import { ChoiceFieldset } from './ChoiceFieldset.tsx';

const PHASES = ['before', 'after'] as const;

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * A competency self-assessment of the city's team: before or after a training, a level 1–5
 * for each competency of the framework (any left out are not assessed).
 */
export function CompetencyForm({ slug }: { readonly slug: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const record = useRecordCompetencies(slug);
  const [draft, setDraft] = useState<CompetencyDraft>({
    phase: '',
    assessedOn: today(),
    levels: {},
    trainingId: '',
  });
  const trainings = useTrainingOptions();
  const [tried, setTried] = useState(false);
  const [saved, setSaved] = useState(false);
  const problems = tried ? checkCompetencyDraft(draft, today()) : {};
  const server = fieldErrors(record.error);
  const errorsOf = (field: 'phase' | 'assessedOn' | 'levels') => [
    ...(problems[field] ? [t(`competencyForm.problems.${problems[field]}`)] : []),
    ...errorsUnder(server, field),
  ];
  const set = (change: Partial<CompetencyDraft>) => {
    setSaved(false);
    setDraft((d) => ({ ...d, ...change }));
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const { phase } = draft;
    if (phase === '' || Object.keys(checkCompetencyDraft(draft, today())).length > 0) return;
    record.mutate(toCompetencyAssessment({ ...draft, phase }), {
      onSuccess: () => {
        setSaved(true);
        setTried(false);
        setDraft({ phase: '', assessedOn: draft.assessedOn, levels: {}, trainingId: '' });
      },
    });
  };
  const levelErrors = errorsOf('levels');
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="assess-heading">
      <h2 id="assess-heading">{t('competencyForm.heading')}</h2>
      <p>{t('competencyForm.formIntro')}</p>
      <ChoiceFieldset
        legend={t('competencyForm.phase')}
        name="phase"
        options={PHASES.map((phase) => ({
          value: phase,
          label: t(`competencyForm.phases.${phase}`),
        }))}
        value={draft.phase}
        onChange={(phase) => set({ phase })}
        errors={errorsOf('phase')}
      />
      <TextField
        label={t('competencyForm.assessedOn')}
        type="date"
        max={today()}
        value={draft.assessedOn}
        onChange={(event) => set({ assessedOn: event.target.value })}
        errors={errorsOf('assessedOn')}
      />
      <div className="field">
        <label htmlFor="assessment-training">{t('competencyForm.training')}</label>
        <span id="assessment-training-hint" className="field__hint">
          {t('competencyForm.trainingHint')}
        </span>
        <select
          id="assessment-training"
          aria-describedby="assessment-training-hint"
          value={draft.trainingId}
          onChange={(event) => set({ trainingId: event.target.value })}
        >
          <option value="">{t('competencyForm.noTraining')}</option>
          {(trainings.data ?? []).map((training) => (
            <option key={training.id} value={training.id}>
              {t('competencyForm.trainingOption', {
                title: training.title,
                date: formatDay(training.startsOn, language),
              })}
            </option>
          ))}
        </select>
        <FieldErrors errors={errorsUnder(server, 'trainingId')} />
      </div>
      <div className="level-grid">
        <p id="levels-hint" className="small">
          {t('competencyForm.levelsHint')}
        </p>
        {COMPETENCIES.map(({ key }) => (
          <fieldset key={key} className="survey-question" aria-describedby="levels-hint">
            <legend>{t(`capacity.competencies.names.${key}`, { defaultValue: key })}</legend>
            <div className="level-options">
              {COMPETENCY_LEVELS.map((level) => (
                <label key={level} className="survey-option">
                  <input
                    type="radio"
                    name={`level-${key}`}
                    value={level}
                    checked={draft.levels[key] === level}
                    onChange={() => set({ levels: { ...draft.levels, [key]: level } })}
                  />
                  <span>{level}</span>
                </label>
              ))}
              {draft.levels[key] !== undefined && (
                <button
                  type="button"
                  className="button button--small button--quiet"
                  onClick={() => {
                    const { [key]: _cleared, ...rest } = draft.levels;
                    set({ levels: rest });
                  }}
                >
                  {t('competencyForm.clear')}
                </button>
              )}
            </div>
          </fieldset>
        ))}
        <FieldErrors errors={levelErrors} />
      </div>
      <FormFailure error={record.error} />
      <div className="form__actions">
        <button type="submit" className="button" disabled={record.isPending}>
          {t('competencyForm.save')}
        </button>
        <span role="status" className="form__saved">
          {saved && t('competencyForm.saved')}
        </span>
      </div>
    </form>
  );
}
