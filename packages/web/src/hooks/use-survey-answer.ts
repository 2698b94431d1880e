import { useMutation, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { answerSurvey, fetchSurvey } from '../api/capacity.api.ts';
import type { Survey, SurveyAnswers } from '../api/capacity-types.ts';
import { ApiError } from '../api/api-error.ts';

/** Where answering stands: filling in, sending, thanked, or refused and why. */
export type AnswerOutcome =
  | 'idle'
  | 'sending'
  | 'accepted'
  /** The code is not one of this survey's, or it was used already (the server does not say which). */
  | 'code-refused'
  | 'closed'
  | 'invalid'
  | 'failed';

/** The survey answering form's state and actions. */
export interface SurveyAnswerState {
  readonly survey: UseQueryResult<Survey>;
  readonly code: string;
  readonly setCode: (code: string) => void;
  readonly answers: SurveyAnswers;
  readonly setAnswer: (key: string, value: string | number) => void;
  /** Keys of required questions still unanswered (shown after a first try). */
  readonly missing: readonly string[];
  /** True when sending was tried without a code. */
  readonly codeMissing: boolean;
  readonly outcome: AnswerOutcome;
  /** Field problems the server reported for an invalid answer. */
  readonly problems: readonly string[];
  readonly submit: () => void;
}

function outcomeOf(error: unknown): AnswerOutcome {
  if (!(error instanceof ApiError)) return 'failed';
  if (error.status === 409) return /closed/i.test(error.message) ? 'closed' : 'code-refused';
  if (error.status === 400) return 'invalid';
  return 'failed';
}

/**
 * Answers a survey with a single-use invitation code, without an account: loads the questions,
 * keeps the answers, checks required questions before sending, and names what went wrong.
 */
export function useSurveyAnswer(id: string, initialCode: string): SurveyAnswerState {
  const survey = useQuery({
    queryKey: ['capacity', 'survey', id],
    queryFn: ({ signal }) => fetchSurvey(id, signal),
  });
  const [code, setCode] = useState(initialCode);
  const [answers, setAnswers] = useState<SurveyAnswers>({});
  const [tried, setTried] = useState(false);
  const send = useMutation({ mutationFn: () => answerSurvey(id, code.trim(), answers) });
  const setAnswer = useCallback(
    (key: string, value: string | number) => setAnswers((prev) => ({ ...prev, [key]: value })),
    [],
  );
  const required = (survey.data?.questions ?? []).filter((q) => !q.optional);
  const unanswered = required.filter((q) => answers[q.key] === undefined).map((q) => q.key);
  const missing = tried ? unanswered : [];
  const submit = () => {
    setTried(true);
    if (unanswered.length > 0 || code.trim() === '' || send.isPending) return;
    send.mutate();
  };
  let outcome: AnswerOutcome = 'idle';
  if (send.isPending) outcome = 'sending';
  else if (send.isSuccess) outcome = 'accepted';
  else if (send.isError) outcome = outcomeOf(send.error);
  const problems =
    send.error instanceof ApiError ? send.error.details.map((d) => `${d.field}: ${d.message}`) : [];
  const codeMissing = tried && code.trim() === '';
  return {
    survey,
    code,
    setCode,
    answers,
    setAnswer,
    missing,
    codeMissing,
    outcome,
    problems,
    submit,
  };
}
