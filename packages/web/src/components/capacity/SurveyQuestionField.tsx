import { useTranslation } from 'react-i18next';
import type { SurveyQuestion } from '../../api/capacity-types.ts';

/** Props of one survey question. */
export interface SurveyQuestionFieldProps {
  readonly question: SurveyQuestion;
  /** 1-based, for "Question 2" */
  readonly number: number;
  readonly value: string | number | undefined;
  readonly onChange: (value: string | number) => void;
  /** Shown when the question still needs an answer after a first try. */
  readonly missing: boolean;
}

/** One question as a group of radio buttons: yes/no, a 1–5 scale, or its options. */
export function SurveyQuestionField({
  question,
  number,
  value,
  onChange,
  missing,
}: SurveyQuestionFieldProps) {
  const { t } = useTranslation();
  const errorId = `q-${question.key}-error`;
  const options: readonly { value: string | number; label: string }[] =
    question.kind === 'yes_no'
      ? [
          { value: 'yes', label: t('capacity.survey.yes') },
          { value: 'no', label: t('capacity.survey.no') },
        ]
      : question.kind === 'scale'
        ? [1, 2, 3, 4, 5].map((level) => ({ value: level, label: String(level) }))
        : (question.options ?? []).map((option) => ({ value: option, label: option }));
  return (
    <fieldset
      className={`survey-question${missing ? ' survey-question--missing' : ''}`}
      aria-describedby={missing ? errorId : undefined}
      aria-invalid={missing || undefined}
    >
      <legend>
        <span className="survey-question__number">{number}.</span> {question.text}
        {question.optional && <span className="muted small"> {t('capacity.survey.optional')}</span>}
      </legend>
      {question.kind === 'scale' && <p className="small muted">{t('capacity.survey.scaleHint')}</p>}
      <div className={`survey-options survey-options--${question.kind}`}>
        {options.map((option) => (
          <label key={option.value} className="survey-option">
            <input
              type="radio"
              name={question.key}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {missing && (
        <p id={errorId} className="field__error">
          {t('capacity.survey.required')}
        </p>
      )}
    </fieldset>
  );
}
