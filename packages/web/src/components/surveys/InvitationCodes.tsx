import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AwarenessPoint } from '../../api/capacity-types.ts';
import { useGenerateCodes } from '../../hooks/use-survey-admin.ts';
import { errorsUnder, fieldErrors } from '../../lib/field-errors.ts';
import { checkCodeCount, MAX_CODES } from '../../lib/survey-draft.ts';
import { FormFailure } from '../form/FormFailure.tsx';
import { TextField } from '../form/TextField.tsx';
import { CodeSheet } from './CodeSheet.tsx';

/**
 * Generates single-use invitation codes for one survey and shows them once, as a printable
 * sheet and a list to copy: the platform keeps only their fingerprints.
 */
export function InvitationCodes({
  survey,
  onDone,
}: {
  readonly survey: AwarenessPoint;
  readonly onDone: () => void;
}) {
  const { t } = useTranslation();
  const generate = useGenerateCodes();
  const [count, setCount] = useState('');
  const [tried, setTried] = useState(false);
  const problem = tried ? checkCodeCount(count) : undefined;
  const serverErrors = errorsUnder(fieldErrors(generate.error), 'count');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (checkCodeCount(count) === undefined)
      generate.mutate({ id: survey.surveyId, count: Number(count) });
  };
  return (
    <section className="panel" aria-labelledby="codes-heading">
      <h2 id="codes-heading" className="no-print">
        {t('surveyAdmin.codesHeading', { title: survey.title })}
      </h2>
      {generate.data ? (
        <CodeSheet survey={survey} codes={generate.data.codes} onDone={onDone} />
      ) : (
        <form className="form no-print" onSubmit={onSubmit} noValidate>
          <p className="notice">{t('surveyAdmin.codesOnce')}</p>
          <TextField
            label={t('surveyAdmin.count')}
            hint={t('surveyAdmin.countHint', { max: MAX_CODES })}
            inputMode="numeric"
            value={count}
            onChange={(event) => setCount(event.target.value)}
            errors={[
              ...(problem ? [t(`surveyAdmin.problems.${problem}`, { max: MAX_CODES })] : []),
              ...serverErrors,
            ]}
          />
          <FormFailure error={serverErrors.length > 0 ? undefined : generate.error} />
          <div className="form__actions">
            <button type="submit" className="button" disabled={generate.isPending}>
              {t('surveyAdmin.generate')}
            </button>
            <button type="button" className="button button--quiet" onClick={onDone}>
              {t('surveyAdmin.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
