import { getRouteApi } from '@tanstack/react-router';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Survey } from '../api/capacity-types.ts';
import '../components/capacity/capacity.css';
import { SurveyQuestionField } from '../components/capacity/SurveyQuestionField.tsx';
import { TextField } from '../components/form/TextField.tsx';
import { QueryResult } from '../components/QueryResult.tsx';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useSurveyAnswer, type SurveyAnswerState } from '../hooks/use-survey-answer.ts';
import { NotFoundContent } from './NotFoundPage.tsx';

const answerRoute = getRouteApi('/surveys/$id/answer');

/**
 * The public survey page: no account, one answer per invitation code, anonymous answers, and
 * plain messages for a used or unknown code and for a closed survey.
 */
export function SurveyAnswerPage() {
  const { t } = useTranslation();
  const { id } = answerRoute.useParams();
  const { code } = answerRoute.useSearch();
  const state = useSurveyAnswer(id, code ?? '');
  return (
    <QueryResult
      query={state.survey}
      notFound={<NotFoundContent message={t('capacity.survey.notFound')} />}
    >
      {(survey) => <SurveyForm survey={survey} state={state} />}
    </QueryResult>
  );
}

function SurveyForm({
  survey,
  state,
}: {
  readonly survey: Survey;
  readonly state: SurveyAnswerState;
}) {
  const { t } = useTranslation();
  useDocumentTitle(survey.title);
  const { outcome } = state;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    state.submit();
  };
  if (outcome === 'accepted') {
    return (
      <div className="survey-page" role="status">
        <h1>{t('capacity.survey.thanks')}</h1>
        <p className="lead">{t('capacity.survey.thanksText')}</p>
      </div>
    );
  }
  return (
    <div className="survey-page">
      <h1>{survey.title}</h1>
      <p className="survey-notice">
        <span aria-hidden="true">🔒 </span>
        {t('capacity.survey.anonymous')} {t('capacity.survey.oneAnswer')}
      </p>
      {survey.closed || outcome === 'closed' ? (
        <p className="form-failure" role="alert">
          {t('capacity.survey.closed')}
        </p>
      ) : (
        <form className="form survey-form" onSubmit={onSubmit} noValidate>
          <TextField
            label={t('capacity.survey.code')}
            hint={t('capacity.survey.codeHint')}
            value={state.code}
            onChange={(event) => state.setCode(event.target.value)}
            autoComplete="off"
            maxLength={40}
            errors={state.codeMissing ? [t('capacity.survey.codeMissing')] : []}
          />
          {survey.questions.map((question, index) => (
            <SurveyQuestionField
              key={question.key}
              question={question}
              number={index + 1}
              value={state.answers[question.key]}
              onChange={(value) => state.setAnswer(question.key, value)}
              missing={state.missing.includes(question.key)}
            />
          ))}
          <Outcome state={state} />
          <div className="form__actions">
            <button type="submit" className="button" disabled={outcome === 'sending'}>
              {outcome === 'sending' ? t('capacity.survey.sending') : t('capacity.survey.submit')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

function Outcome({ state }: { readonly state: SurveyAnswerState }) {
  const { t } = useTranslation();
  const { outcome, missing, problems } = state;
  if (missing.length > 0) {
    return (
      <p className="form-failure" role="alert">
        {t('capacity.survey.missing', { count: missing.length })}
      </p>
    );
  }
  if (outcome === 'code-refused' || outcome === 'failed') {
    return (
      <p className="form-failure" role="alert">
        {t(outcome === 'failed' ? 'capacity.survey.failed' : 'capacity.survey.codeRefused')}
      </p>
    );
  }
  if (outcome === 'invalid') {
    return (
      <div className="form-failure" role="alert">
        <p>{t('capacity.survey.invalid')}</p>
        <ul>
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </div>
    );
  }
  return null;
}
