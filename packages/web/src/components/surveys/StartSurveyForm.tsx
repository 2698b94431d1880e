import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Survey } from '../../api/capacity-types.ts';
import { useCreateSurvey } from '../../hooks/use-survey-admin.ts';
import { errorsUnder, fieldErrors } from '../../lib/field-errors.ts';
import {
  checkSurveyDraft,
  MAX_SURVEY_TITLE,
  toNewSurvey,
  type SurveyDraft,
} from '../../lib/survey-draft.ts';
import { FormFailure } from '../form/FormFailure.tsx';
import { TextField } from '../form/TextField.tsx';
import { ChoiceFieldset } from './ChoiceFieldset.tsx';

const ROUNDS = ['baseline', 'follow_up'] as const;

/** Starts a baseline or follow-up survey with the standard questionnaire. */
export function StartSurveyForm({
  slug,
  onStarted,
}: {
  readonly slug: string;
  /** Called with the new survey, e.g. to offer its invitation codes. */
  readonly onStarted: (survey: Survey) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateSurvey(slug);
  const [draft, setDraft] = useState<SurveyDraft>({
    round: '',
    title: '',
    opensOn: new Date().toISOString().slice(0, 10),
  });
  const [tried, setTried] = useState(false);
  const problems = tried ? checkSurveyDraft(draft) : {};
  const server = fieldErrors(create.error);
  const errorsOf = (field: keyof SurveyDraft) => [
    ...(problems[field]
      ? [t(`surveyAdmin.problems.${problems[field]}`, { max: MAX_SURVEY_TITLE })]
      : []),
    ...errorsUnder(server, field),
  ];
  const set = (change: Partial<SurveyDraft>) => setDraft((d) => ({ ...d, ...change }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const { round } = draft;
    if (round === '' || Object.keys(checkSurveyDraft(draft)).length > 0) return;
    create.mutate(toNewSurvey({ ...draft, round }), {
      onSuccess: (survey) => {
        setDraft({ round: '', title: '', opensOn: draft.opensOn });
        setTried(false);
        onStarted(survey);
      },
    });
  };
  return (
    <form className="form no-print" onSubmit={onSubmit} noValidate aria-labelledby="start-heading">
      <h2 id="start-heading">{t('surveyAdmin.start')}</h2>
      <p>{t('surveyAdmin.startIntro')}</p>
      <ChoiceFieldset
        legend={t('surveyAdmin.round')}
        name="round"
        options={ROUNDS.map((round) => ({
          value: round,
          label: (
            <>
              {t(`capacity.awareness.rounds.${round}`)}
              <span className="small muted"> — {t(`surveyAdmin.roundHint.${round}`)}</span>
            </>
          ),
        }))}
        value={draft.round}
        onChange={(round) => set({ round })}
        errors={errorsOf('round')}
      />
      <TextField
        label={t('surveyAdmin.titleLabel')}
        hint={t('surveyAdmin.titleHint')}
        value={draft.title}
        maxLength={MAX_SURVEY_TITLE + 50}
        onChange={(event) => set({ title: event.target.value })}
        errors={errorsOf('title')}
      />
      <TextField
        label={t('surveyAdmin.opensOnLabel')}
        hint={t('surveyAdmin.opensOnHint')}
        type="date"
        value={draft.opensOn}
        onChange={(event) => set({ opensOn: event.target.value })}
        errors={errorsOf('opensOn')}
      />
      <FormFailure error={create.error} />
      <div className="form__actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {t('surveyAdmin.startButton')}
        </button>
      </div>
    </form>
  );
}
